using ParameterLocation = MindGen.Model.ParameterLocation;

namespace MindGen.Building;

/// <summary>Where a parameter or an API key goes, in the model's terms.</summary>
internal static class Locations
{
    public static ParameterLocation Of(Microsoft.OpenApi.ParameterLocation? location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Query => ParameterLocation.Query,
        Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
        Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
        _ => ParameterLocation.Header,
    };
}

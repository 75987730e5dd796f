using ParameterLocation = MindGen.Model.ParameterLocation;

namespace MindGen.Building;

/// <summary>Where a parameter or an API key goes, in the model's terms.</summary>
internal static class Locations
{
    public static ParameterLocation Of(Microsoft.OpenApi.ParameterLocation? location) => location switch
    {
        // OpenAPI 3.2's whole query string as one object: its members become the query's name=value pairs.
        Microsoft.OpenApi.ParameterLocation.Query or Microsoft.OpenApi.ParameterLocation.QueryString => ParameterLocation.Query,
        Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
        Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
        _ => ParameterLocation.Header,
    };
}

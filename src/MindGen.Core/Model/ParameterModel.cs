namespace MindGen.Model;

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="Name">The C# parameter name (camelCase, keyword-escaped).</param>
/// <param name="WireName">The name on the wire, exactly as the spec spells it.</param>
public sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description);

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

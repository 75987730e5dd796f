namespace MindGen.Model;

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="Name">The C# parameter name (camelCase, keyword-escaped).</param>
/// <param name="WireName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="Style">The serialization style: <c>simple</c>, <c>label</c>, <c>matrix</c>, <c>form</c>, <c>spaceDelimited</c>, <c>pipeDelimited</c> or <c>deepObject</c>.</param>
/// <param name="Explode">Whether arrays and objects expand into one name=value per item.</param>
public sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    string Style = "simple",
    bool Explode = false);

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

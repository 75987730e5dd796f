namespace MindGen.Model;

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="Name">The C# parameter name (camelCase, keyword-escaped).</param>
/// <param name="WireName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="Style">How the value is serialized (OpenAPI's defaults already applied).</param>
/// <param name="Explode">Whether arrays and objects expand into one name=value per item.</param>
public sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    ParameterStyle Style = ParameterStyle.Simple,
    bool Explode = false)
{
    /// <summary>Whether the API deprecates the parameter: C# has no <c>[Obsolete]</c> for a parameter, so its docs say it.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>
    /// The value is serialized to JSON first and then spread into name/value pairs: an object or a map, and
    /// in the deepObject style a list of them too (<c>lines[0][amount]=5</c>).
    /// </summary>
    public bool SpreadsJson =>
        Type is ModelTypeRef or MapTypeRef || (Style == ParameterStyle.DeepObject && Type is ArrayTypeRef { Element: ModelTypeRef or MapTypeRef });

    /// <summary>A JSON value spread in the deepObject style, as deep as it nests (<c>name[key][0]=…</c>).</summary>
    public bool SpreadsDeepObject => Style == ParameterStyle.DeepObject && SpreadsJson;
}

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>OpenAPI's <c>style</c> of a parameter (RFC 6570 expansions, the query-only delimited forms, and 3.2's cookie).</summary>
public enum ParameterStyle
{
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,

    /// <summary>OpenAPI 3.2's cookie style: RFC 6265 pairs, <c>n=v1; n=v2</c> when exploded, nothing percent-encoded.</summary>
    Cookie,
}

namespace MindGen.Model;

/// <summary>A way the API authenticates callers (a <c>securitySchemes</c> entry).</summary>
/// <param name="Key">The scheme's key in the spec, used by security requirements.</param>
/// <param name="MemberPrefix">PascalCase prefix of the options members that carry its credentials.</param>
/// <param name="ParameterName">For API keys: the header, query or cookie name.</param>
/// <param name="Location">For API keys: where the key goes.</param>
public sealed record SecuritySchemeModel(
    string Key,
    string MemberPrefix,
    SecuritySchemeKind Kind,
    string? ParameterName,
    ParameterLocation Location,
    string? Description);

public enum SecuritySchemeKind
{
    /// <summary>HTTP bearer, OAuth2 and OpenID Connect: a token in <c>Authorization: Bearer</c>.</summary>
    BearerToken,
    HttpBasic,
    ApiKey,
}

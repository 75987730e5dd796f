namespace MindGen.Model;

/// <summary>A way the API authenticates callers (a <c>securitySchemes</c> entry).</summary>
/// <param name="Key">The scheme's key in the spec, used by security requirements.</param>
/// <param name="MemberPrefix">PascalCase prefix of the options members that carry its credentials.</param>
/// <param name="ParameterName">For API keys: the header, query or cookie name.</param>
/// <param name="Location">For API keys: where the key goes.</param>
/// <param name="AuthorizationScheme">For tokens (and only for them, never null there): the word before the token in <c>Authorization</c> (<c>Bearer</c>, or an HTTP scheme's own, such as <c>SharedAccessKey</c>).</param>
public sealed record SecuritySchemeModel(
    string Key,
    string MemberPrefix,
    SecuritySchemeKind Kind,
    string? ParameterName,
    ParameterLocation Location,
    string? Description,
    string? AuthorizationScheme = null)
{
    /// <summary>Whether the API deprecates the scheme (OpenAPI 3.2): its options members are <c>[Obsolete]</c>.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>
    /// Where a token comes from, as the spec says, one line each: each OAuth 2.0 flow with its URLs (3.2's device
    /// authorization too), 3.2's authorization server metadata, OpenID Connect discovery.
    /// </summary>
    public EquatableArray<string> TokenSources { get; init; } = EquatableArray<string>.Empty;
}

public enum SecuritySchemeKind
{
    /// <summary>A token in <c>Authorization: &lt;scheme&gt; &lt;token&gt;</c>: HTTP bearer and other HTTP schemes, OAuth2, OpenID Connect.</summary>
    AuthorizationToken,
    HttpBasic,
    ApiKey,
}

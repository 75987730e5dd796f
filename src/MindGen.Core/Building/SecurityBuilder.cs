using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;
using ParameterLocation = MindGen.Model.ParameterLocation;

namespace MindGen.Building;

/// <summary>The spec's security schemes (credentials on the client's options) and each operation's requirements.</summary>
internal static class SecurityBuilder
{
    private const string SchemesPointer = "#/components/securitySchemes";

    public static List<SecuritySchemeModel> Schemes(BuildContext context)
    {
        var schemes = new List<SecuritySchemeModel>();
        // Each scheme's options members (its name + Token, UserName…) are taken together, clear of the options' own.
        UniqueNameScope members = context.OptionsMemberNames;
        IDictionary<string, IOpenApiSecurityScheme> declared = context.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (string key in declared.Keys.OrderBy(key => key, StringComparer.Ordinal))
        {
            if (declared[key] is not { } scheme)
            {
                continue;
            }

            SecuritySchemeKind? kind = scheme.Type switch
            {
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.HttpBasic,
                SecuritySchemeType.Http or SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => SecuritySchemeKind.AuthorizationToken,
                SecuritySchemeType.ApiKey when scheme.Name is { Length: > 0 } => SecuritySchemeKind.ApiKey,
                _ => null,
            };
            if (kind is null)
            {
                string pointer = SpecPointer.Append(SchemesPointer, key);
                context.Diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, "This security scheme", pointer, key);
                continue;
            }

            string prefix = members.TakeFamily(
                Identifier.ToPascalCase(key) is { Length: > 0 } pascal ? pascal : "Scheme",
                stem => GeneratedNames.CredentialSuffixes.Select(suffix => stem + suffix));
            // An HTTP scheme other than basic and bearer (SharedAccessKey, Token…) is sent under its own name.
            string? authorization = kind == SecuritySchemeKind.AuthorizationToken
                ? scheme.Type == SecuritySchemeType.Http && scheme.Scheme is { Length: > 0 } word && !word.Equals("bearer", StringComparison.OrdinalIgnoreCase) ? word : "Bearer"
                : null;
            SecuritySchemeModel model = kind == SecuritySchemeKind.ApiKey
                ? new SecuritySchemeModel(key, prefix, SecuritySchemeKind.ApiKey, scheme.Name, Locations.Of(scheme.In), scheme.Description)
                : new SecuritySchemeModel(key, prefix, kind.Value, null, ParameterLocation.Header, scheme.Description, authorization);
            schemes.Add(model with { IsDeprecated = scheme.Deprecated, TokenSources = TokenSources(scheme) });
        }

        return schemes;
    }

    // What the options' documentation says of where a token comes from: MindGen sends the token, the caller gets it.
    private static EquatableArray<string> TokenSources(IOpenApiSecurityScheme scheme)
    {
        var sources = new List<string>();
        if (scheme.Flows is { } flows)
        {
            Add("client credentials", flows.ClientCredentials);
            Add("authorization code", flows.AuthorizationCode);
            Add("device authorization", flows.DeviceAuthorization);
            Add("implicit", flows.Implicit);
            Add("password", flows.Password);
        }

        // 3.2's field, which the interface does not carry (yet).
        Uri? metadataUrl = scheme switch
        {
            OpenApiSecurityScheme own => own.OAuth2MetadataUrl,
            OpenApiSecuritySchemeReference reference => reference.OAuth2MetadataUrl,
            _ => null,
        };
        if (metadataUrl is { } metadata)
        {
            sources.Add($"authorization server metadata: {metadata}");
        }

        if (scheme.OpenIdConnectUrl is { } discovery)
        {
            sources.Add($"OpenID Connect discovery: {discovery}");
        }

        return sources.ToEquatableArray();

        void Add(string name, OpenApiOAuthFlow? flow)
        {
            if (flow is null)
            {
                return;
            }

            IEnumerable<string> urls = new (string Label, Uri? Url)[]
                {
                    ("authorize at", flow.AuthorizationUrl), ("device code at", flow.DeviceAuthorizationUrl), ("token at", flow.TokenUrl), ("refresh at", flow.RefreshUrl),
                }
                .Where(url => url.Url is not null).Select(url => $"{url.Label} {url.Url}");
            sources.Add($"OAuth 2.0 {name}: {string.Join(", ", urls)}");
        }
    }

    /// <summary>The operation's alternatives (its own, else the document's); those naming an unknown scheme are left out.</summary>
    public static EquatableArray<SecurityRequirementModel> Requirements(BuildContext context, OpenApiOperation operation)
    {
        IList<OpenApiSecurityRequirement> requirements = operation.Security ?? context.Document.Security ?? [];
        var alternatives = new List<SecurityRequirementModel>();
        foreach (OpenApiSecurityRequirement? requirement in requirements)
        {
            if (requirement is null)
            {
                continue;
            }

            var keys = requirement.Keys
                .Select(reference => reference?.Reference?.Id)
                .Where(key => key is not null && context.SecuritySchemes.Any(scheme => scheme.Key == key))
                .Select(key => key!)
                .ToEquatableArray();
            if (keys.Count == requirement.Count)
            {
                alternatives.Add(new SecurityRequirementModel(keys));
            }
        }

        return alternatives.ToEquatableArray();
    }
}

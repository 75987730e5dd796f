using System.Linq;
using MindGen.Emit.Types;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>
/// Emits the client's options: where the API is, its JSON context, and one set of credential members per
/// security scheme. Secrets are never printed: the class keeps <c>object.ToString()</c>.
/// </summary>
internal static class ClientOptionsEmitter
{
    public static GeneratedFile Emit(EmitContext context)
    {
        ApiDescription api = context.Api;
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, null, $"Settings for <see cref=\"{api.ClientName}\"/>: where the API is, and the credentials for each of its security schemes.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed partial class {api.OptionsName}"))
        {
            string fallback = (api.Server is null ? string.Empty : "the server variables' URL when one is set, then ")
                + (api.DefaultBaseUrl is null ? "the HttpClient's BaseAddress" : $"the HttpClient's BaseAddress, then {XmlDoc.Escape(api.DefaultBaseUrl)}");
            XmlDoc.Raw(writer, $"<summary>The API's root, such as <c>https://host/api/v1/</c> (its path is kept); when null, {fallback}.</summary>");
            writer.Line($"public sys::Uri? {GeneratedNames.BaseAddress} {{ get; set; }}");
            writer.Line();
            XmlDoc.Raw(writer, $"<summary>The JSON context for requests and responses, e.g. <c>new {api.JsonContextName}(new JsonSerializerOptions {{ WriteIndented = true }})</c>; when null, <see cref=\"{api.JsonContextName}.Default\"/>. Member names and formats always follow the spec.</summary>");
            writer.Line($"public {TypeSyntax.Generated(api.JsonContextName)}? {GeneratedNames.JsonContextOption} {{ get; set; }}");
            writer.Line();
            XmlDoc.Raw(writer, $"<summary>Your application's name (and version), put in front of the <c>User-Agent</c> every request carries, <c>{XmlDoc.Escape(ApiText.UserAgent(api))}</c>, unless the HttpClient's default headers set one: <c>MyApp/2.1</c>.</summary>");
            writer.Line($"public string? {GeneratedNames.ApplicationIdOption} {{ get; set; }}");
            string retryOptions = TypeSyntax.Generated(GeneratedNames.RetryOptions);
            writer.Line();
            XmlDoc.Raw(writer, "<summary>Whether a request that failed for a moment is sent again: off until <c>MaxRetries</c> is set; only operations that may be sent twice.</summary>");
            writer.Line($"public {retryOptions} {GeneratedNames.RetryOption} {{ get; set; }} = new {retryOptions}();");
            if (FixedTypesEmitter.UsesStreams(api))
            {
                string streamOptions = TypeSyntax.Generated(GeneratedNames.StreamOptions);
                writer.Line();
                XmlDoc.Raw(writer, "<summary>How streams of events reconnect after a dropped connection, and how long one may stall.</summary>");
                writer.Line($"public {streamOptions} {GeneratedNames.StreamsOption} {{ get; set; }} = new {streamOptions}();");
            }
            foreach (ServerVariableModel variable in api.Server?.Variables ?? default)
            {
                writer.Line();
                EmitServerVariable(writer, api.Server!, variable);
            }

            foreach (SecuritySchemeModel scheme in api.SecuritySchemes)
            {
                writer.Line();
                EmitScheme(writer, scheme);
            }
        }

        return new GeneratedFile($"{api.Namespace}.{api.OptionsName}.g.cs", writer.ToString());
    }

    private static void EmitServerVariable(SourceWriter writer, ServerModel server, ServerVariableModel variable)
    {
        string template = string.Concat(server.Url.Select(part => part.IsParameter ? "{" + server.Variables.First(v => v.PropertyName == part.Text).Name + "}" : part.Text));
        string about = variable.Description is { Length: > 0 } description ? " " + XmlDoc.Escape(description) : string.Empty;
        string allowed = variable.Allowed.Count > 0 ? " One of: " + string.Join(", ", variable.Allowed.Select(value => $"<c>{XmlDoc.Escape(value)}</c>")) + "." : string.Empty;
        XmlDoc.Raw(writer, $"<summary>The server variable <c>{XmlDoc.Escape(variable.Name)}</c> of <c>{XmlDoc.Escape(template)}</c>.{about}{allowed} When null: {(variable.Default.Length == 0 ? "empty" : $"<c>{XmlDoc.Escape(variable.Default)}</c>")}; setting any variable makes that URL the API's root.</summary>");
        writer.Line($"public string? {variable.PropertyName} {{ get; set; }}");
    }

    private static void EmitScheme(SourceWriter writer, SecuritySchemeModel scheme)
    {
        string about = XmlDoc.Escape(scheme.Key) + (scheme.Description is { Length: > 0 } d ? " (" + XmlDoc.Escape(d) + ")" : string.Empty);
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.AuthorizationToken:
                XmlDoc.Raw(writer, $"<summary>The token for scheme {about}, sent as <c>Authorization: {XmlDoc.Escape(scheme.AuthorizationScheme!)} &lt;token&gt;</c>.</summary>");
                EmitMember(writer, scheme, $"public string? {scheme.MemberPrefix}Token {{ get; set; }}");
                writer.Line();
                XmlDoc.Raw(writer, $"<summary>Supplies the token for scheme {about} before each request; wins over <see cref=\"{scheme.MemberPrefix}Token\"/>.</summary>");
                EmitMember(writer, scheme, $"public sys::Func<sys::Threading.CancellationToken, sys::Threading.Tasks.ValueTask<string>>? {scheme.MemberPrefix}TokenProvider {{ get; set; }}");
                break;
            case SecuritySchemeKind.HttpBasic:
                XmlDoc.Raw(writer, $"<summary>The user name for HTTP basic scheme {about}.</summary>");
                EmitMember(writer, scheme, $"public string? {scheme.MemberPrefix}UserName {{ get; set; }}");
                writer.Line();
                XmlDoc.Raw(writer, $"<summary>The password for HTTP basic scheme {about}.</summary>");
                EmitMember(writer, scheme, $"public string? {scheme.MemberPrefix}Password {{ get; set; }}");
                break;
            case SecuritySchemeKind.ApiKey:
                string where = scheme.Location.ToString().ToLowerInvariant();
                XmlDoc.Raw(writer, $"<summary>The API key for scheme {about}, sent as {where} <c>{XmlDoc.Escape(scheme.ParameterName ?? string.Empty)}</c>.</summary>");
                EmitMember(writer, scheme, $"public string? {scheme.MemberPrefix}ApiKey {{ get; set; }}");
                break;
        }
    }

    // A credential member: where its token comes from (the spec's flows and discovery URLs), and whether the API deprecates it.
    private static void EmitMember(SourceWriter writer, SecuritySchemeModel scheme, string declaration)
    {
        if (scheme.TokenSources.Count > 0)
        {
            XmlDoc.Raw(writer, $"<remarks>Where a token comes from, as the API describes it: {string.Join("; ", scheme.TokenSources.Select(XmlDoc.Escape))}.</remarks>");
        }

        if (scheme.IsDeprecated)
        {
            writer.Line($"[sys::Obsolete({CSharpLiteral.String($"The API marks security scheme '{scheme.Key}' as deprecated.")})]");
        }

        writer.Line(declaration);
    }
}

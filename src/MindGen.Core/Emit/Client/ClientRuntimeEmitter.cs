using System.Linq;
using MindGen.Emit.Types;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>
/// Emits the client's internal helper class: URI building and escaping, culture-invariant formatting,
/// credentials, and turning responses into results or <c>ApiException</c>s. It lives beside the client,
/// not in it, so that no helper can clash with a method named after an operation. The fixed part is a
/// template; the default server and the security plans come from the spec.
/// </summary>
internal static class ClientRuntimeEmitter
{
    public static GeneratedFile Emit(EmitContext context)
    {
        ApiDescription api = context.Api;
        string runtime = GeneratedNames.Runtime(api.ClientName);
        string defaultBase = api.DefaultBaseUrl is null ? "null" : $"new sys::Uri({CSharpLiteral.String(api.DefaultBaseUrl)}, sys::UriKind.Absolute)";
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, null, $"Request and response plumbing shared by the operations of <see cref=\"{api.ClientName}\"/>.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        using (writer.Open($"internal static partial class {runtime}"))
        {
            XmlDoc.Summary(writer, null, "The spec's first absolute server URL; used when the HttpClient has no BaseAddress.");
            writer.Line($"public static readonly sys::Uri? DefaultBaseAddress = {defaultBase};");
            writer.Line();
            XmlDoc.Summary(writer, null, $"The name of the client's ActivitySource and Meter, <see cref=\"{api.ClientName}.{GeneratedNames.TelemetryName}\"/>.");
            writer.Line($"public const string {GeneratedNames.TelemetryName} = {CSharpLiteral.String(TelemetryNameOf(api))};");
            writer.Line();
            XmlDoc.Summary(writer, null, "Their version: the spec's.");
            writer.Line($"public const string? {GeneratedNames.TelemetryVersion} = {(api.Version is null ? "null" : CSharpLiteral.String(api.Version))};");
            writer.Line();
            if (api.Server is { } server)
            {
                EmitServerAddress(writer, context, server);
                writer.Line();
            }

            writer.Lines(Template.ClientRuntime.Body());
            writer.Line();
            writer.Lines(Template.ClientRuntimeResponses.Body());
            writer.Line();
            writer.Lines(Template.ClientRuntimeTelemetry.Body());
            writer.Line();
            writer.Lines(Template.ClientRuntimeRetries.Body());
            if (api.Operations.Any(operation => operation.Parameters.Any(parameter => parameter.SpreadsDeepObject)))
            {
                writer.Line();
                writer.Lines(Template.ClientRuntimeDeepObject.Body());
            }

            if (FixedTypesEmitter.UsesStreams(api))
            {
                writer.Line();
                writer.Lines(Template.ClientRuntimeEventStreams.Body());
                writer.Line();
                writer.Lines(Template.ClientRuntimeEventFraming.Body());
                writer.Line();
                writer.Lines(Template.ClientRuntimeStreamBodies.Body());
            }

            if (FixedTypesEmitter.UsesPages(api))
            {
                writer.Line();
                writer.Lines(Template.ClientRuntimePages.Body());
            }

            if (FixedTypesEmitter.UsesResponseHeaders(api))
            {
                writer.Line();
                writer.Lines(Template.ClientRuntimeTypedHeaders.Body());
            }

            // A scheme the API deprecates is still applied when the caller sets it: its [Obsolete] is for the caller.
            bool deprecated = api.SecuritySchemes.Any(scheme => scheme.IsDeprecated);
            if (deprecated)
            {
                writer.Line("#pragma warning disable CS0618");
            }

            foreach (SecurityPlan plan in context.SecurityPlans)
            {
                writer.Line();
                EmitSecurity(writer, context, plan);
            }

            if (deprecated)
            {
                writer.Line("#pragma warning restore CS0618");
            }
        }

        return new GeneratedFile($"{api.Namespace}.{runtime}.g.cs", writer.ToString());
    }

    /// <summary>The client's ActivitySource and Meter: <c>Enneo.Mind.EnneoMindClient</c>.</summary>
    public static string TelemetryNameOf(ApiDescription api) => api.Namespace + "." + api.ClientName;

    // The server URL with the options' variables, the unset ones at their defaults; null when none is set, so that the
    // HttpClient's BaseAddress and the default server still apply.
    private static void EmitServerAddress(SourceWriter writer, EmitContext context, ServerModel server)
    {
        string Option(string property) => $"options.{property}";
        XmlDoc.Summary(writer, null, "The server URL with the server variables set on the options; null when none is set.");
        using (writer.Open($"public static sys::Uri? {GeneratedNames.ServerAddressMethod}({TypeSyntax.Generated(context.Api.OptionsName)} options)"))
        {
            using (writer.Open($"if ({string.Join(" && ", server.Variables.Select(v => Option(v.PropertyName) + " is null"))})"))
            {
                writer.Line("return null;");
            }

            writer.Line();
            string url = string.Join(" + ", server.Url.Select(part => part.IsParameter
                ? $"({Option(part.Text)} ?? {CSharpLiteral.String(server.Variables.First(v => v.PropertyName == part.Text).Default)})"
                : CSharpLiteral.String(part.Text)));
            writer.Line($"string url = {url};");
            writer.Line("return sys::Uri.TryCreate(url, sys::UriKind.Absolute, out sys::Uri? address)");
            writer.Line("    ? address");
            writer.Line($"    : throw new sys::InvalidOperationException(\"The server variables make '\" + url + \"', which is not an absolute URL: set {string.Join(", ", server.Variables.Select(v => v.PropertyName))} on the options.\");");
        }
    }

    private static void EmitSecurity(SourceWriter writer, EmitContext context, SecurityPlan plan)
    {
        // Only bearer token providers need awaiting; other plans complete synchronously.
        ApiDescription api = context.Api;
        bool awaits = plan.Alternatives.SelectMany(a => a.SchemeKeys).Any(key => api.SecuritySchemes.First(s => s.Key == key).Kind == SecuritySchemeKind.AuthorizationToken);
        string done = awaits ? "return;" : "return default;";
        string modifiers = awaits ? "public static async" : "public static";
        using (writer.Open($"{modifiers} sys::Threading.Tasks.ValueTask {plan.MethodName}(sys::Net.Http.HttpRequestMessage request, {TypeSyntax.Generated(api.OptionsName)} options, sys::Threading.CancellationToken cancellationToken)"))
        {
            foreach (SecurityRequirementModel alternative in plan.Alternatives)
            {
                var schemes = alternative.SchemeKeys.Select(key => api.SecuritySchemes.First(s => s.Key == key)).ToList();
                if (schemes.Count == 0)
                {
                    // An empty requirement allows anonymous calls, which is what happens when no scheme is
                    // configured; a configured one is still sent, wherever the spec lists it.
                    continue;
                }

                using (writer.Open($"if ({string.Join(" && ", schemes.Select(IsConfigured))})"))
                {
                    foreach (SecuritySchemeModel scheme in schemes)
                    {
                        using (writer.Braces())
                        {
                            EmitApply(writer, scheme);
                        }
                    }

                    writer.Line(done);
                }
            }

            if (!awaits)
            {
                writer.Line(done);
            }
        }
    }

    private static string IsConfigured(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.AuthorizationToken => $"(options.{scheme.MemberPrefix}TokenProvider is not null || options.{scheme.MemberPrefix}Token is not null)",
        SecuritySchemeKind.HttpBasic => $"options.{scheme.MemberPrefix}UserName is not null",
        _ => $"options.{scheme.MemberPrefix}ApiKey is not null",
    };

    private static void EmitApply(SourceWriter writer, SecuritySchemeModel scheme)
    {
        string prefix = scheme.MemberPrefix;
        string name = CSharpLiteral.String(scheme.ParameterName ?? string.Empty);
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.AuthorizationToken:
                writer.Line($"string token = options.{prefix}TokenProvider is {{ }} provider ? await provider(cancellationToken).ConfigureAwait(false) : options.{prefix}Token!;");
                writer.Line($"request.Headers.Authorization = new sys::Net.Http.Headers.AuthenticationHeaderValue({CSharpLiteral.String(scheme.AuthorizationScheme!)}, token);");
                break;
            case SecuritySchemeKind.HttpBasic:
                writer.Line($"string credentials = sys::Convert.ToBase64String(sys::Text.Encoding.UTF8.GetBytes(options.{prefix}UserName + \":\" + options.{prefix}Password));");
                writer.Line("request.Headers.Authorization = new sys::Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", credentials);");
                break;
            case SecuritySchemeKind.ApiKey when scheme.Location == ParameterLocation.Query:
                // Appended to the text, not through UriBuilder, which would canonicalize the escaped path again.
                writer.Line($"string query = sys::Uri.EscapeDataString({name}) + \"=\" + sys::Uri.EscapeDataString(options.{prefix}ApiKey!);");
                writer.Line("string uri = request.RequestUri!.OriginalString;");
                writer.Line("request.RequestUri = new sys::Uri(uri + (uri.IndexOf('?') >= 0 ? \"&\" : \"?\") + query, new sys::UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });");
                break;
            case SecuritySchemeKind.ApiKey when scheme.Location == ParameterLocation.Cookie:
                writer.Line($"request.Headers.Add(\"Cookie\", {name} + \"=\" + options.{prefix}ApiKey);");
                break;
            case SecuritySchemeKind.ApiKey:
                writer.Line($"request.Headers.Add({name}, options.{prefix}ApiKey);");
                break;
        }
    }
}

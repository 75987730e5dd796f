using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>
/// Emits the types every spec's namespace gets as they are written in their templates: <c>ApiException</c>,
/// <c>ApiResponse</c>, <c>RetryOptions</c>, <c>RequestOptions</c>, <c>FileParameter</c> when an operation uploads files, <c>ApiStream</c> when one streams,
/// <c>Page</c> when one answers a page at a time, and <c>ResponseHeaders</c> when one declares response headers.
/// </summary>
internal static class FixedTypesEmitter
{
    public static GeneratedFile ApiException(ApiDescription api) => Emit(api, Template.ApiException);

    public static GeneratedFile ApiResponse(ApiDescription api) => Emit(api, Template.ApiResponse);

    public static GeneratedFile RetryOptions(ApiDescription api) => Emit(api, Template.RetryOptions);

    public static GeneratedFile RequestOptions(ApiDescription api) => Emit(api, Template.RequestOptions);

    public static bool NeedsFileParameter(ApiDescription api) =>
        api.Operations.Any(operation => operation.RequestBody?.Parts.Any(part => part.IsFile) == true);

    public static GeneratedFile FileParameter(ApiDescription api) => Emit(api, Template.FileParameter);

    /// <summary>Whether an operation reads a stream of events or JSON lines, or sends one: the runtime's stream code and its types come along.</summary>
    public static bool UsesStreams(ApiDescription api) =>
        api.Operations.Any(operation => operation.Response.Events is not null || operation.RequestBody?.Kind == BodyKind.JsonLines);

    public static GeneratedFile ApiStream(ApiDescription api) => Emit(api, Template.ApiStream);

    /// <summary>Whether an operation answers a page at a time: the runtime's paging code and <c>Page</c> come along.</summary>
    public static bool UsesPages(ApiDescription api) => api.Operations.Any(operation => operation.Pagination is not null);

    public static GeneratedFile Page(ApiDescription api) => Emit(api, Template.Page);

    /// <summary>Whether an operation's success responses declare headers: <c>ResponseHeaders</c> and the responses that type them come along.</summary>
    public static bool UsesResponseHeaders(ApiDescription api) => api.Operations.Any(operation => operation.Response.Headers is not null);

    public static GeneratedFile ResponseHeaders(ApiDescription api) => Emit(api, Template.ResponseHeaders);

    /// <summary>A template's declarations as a file of the spec's namespace, named after the first type it declares.</summary>
    public static GeneratedFile Emit(ApiDescription api, Template template)
    {
        SourceWriter writer = FileHeader.Start(api.Namespace);
        foreach (string line in template.Declarations().TrimEnd('\n').Split('\n'))
        {
            // Every declaration of a template begins at the margin, after its XML docs.
            if (line.StartsWith("public ", System.StringComparison.Ordinal))
            {
                writer.Line(FileHeader.GeneratedCodeAttribute);
                writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
            }

            writer.Line(line);
        }

        return new GeneratedFile($"{api.Namespace}.{template.DeclaredTypes[0]}.g.cs", writer.ToString());
    }
}

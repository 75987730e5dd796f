using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>The declarations (return type, name, parameters) of an operation's public methods, for the client and its interface alike.</summary>
internal sealed class OperationDeclarations(EmitContext context, OperationModel operation, MethodSignature signature)
{
    /// <summary>What the plain method's task returns: the body's type (JSON null allowed where the spec allows it).</summary>
    public string ResultType => TypeSyntax.Name(operation.Response.BodyType!, operation.Response.BodyType!.IsNullable && operation.Response.Kind == BodyKind.Json);

    public string Plain => operation.Response.BodyType is null
        ? $"sys::Threading.Tasks.Task {operation.MethodName}({signature.Declaration()})"
        : $"sys::Threading.Tasks.Task<{ResultType}> {operation.MethodName}({signature.Declaration()})";

    /// <summary>The …WithResponseAsync method; null when the operation has none (binary responses).</summary>
    public string? WithResponse
    {
        get
        {
            if (operation.ResponseMethodName is null)
            {
                return null;
            }

            return $"sys::Threading.Tasks.Task<{ResponseType}> {operation.ResponseMethodName}({signature.Declaration()})";
        }
    }

    /// <summary>
    /// What the …WithResponseAsync method's task returns: <c>ApiResponse</c>, with the body's type when there is a body
    /// and the class of the headers the spec declares (<c>ApiResponse&lt;Issue, LinkHeaders&gt;</c>,
    /// <c>ApiHeadersResponse&lt;LocationHeaders&gt;</c>).
    /// </summary>
    public string ResponseType
    {
        get
        {
            string apiResponse = TypeSyntax.Generated(Template.ApiResponse.DeclaredTypes[0]);
            return (operation.Response.BodyType, operation.Response.Headers) switch
            {
                (null, null) => apiResponse,
                (null, { } headers) => $"{TypeSyntax.Generated(GeneratedNames.HeadersResponse)}<{TypeSyntax.Generated(headers.ClassName)}>",
                (_, null) => $"{apiResponse}<{ResultType}>",
                (_, { } headers) => $"{apiResponse}<{ResultType}, {TypeSyntax.Generated(headers.ClassName)}>",
            };
        }
    }

    /// <summary>The …StreamingAsync method; null when the response is not a stream of events or JSON lines.</summary>
    public string? Streaming =>
        operation.Response.Events is { } events
            ? $"sys::Collections.Generic.IAsyncEnumerable<{context.StreamItem(events)}> {events.MethodName}({signature.Declaration()})"
            : null;

    /// <summary>The …StreamingWithResponseAsync method; null when the response is not a stream of events or JSON lines.</summary>
    public string? StreamingWithResponse =>
        operation.Response.Events is { } events
            ? $"sys::Threading.Tasks.Task<{TypeSyntax.Generated(Template.ApiStream.DeclaredTypes[0])}<{context.StreamItem(events)}>> {events.ResponseMethodName}({signature.Declaration()})"
            : null;

    /// <summary>The …AllAsync method, every item of every page; null when the operation does not answer a page at a time.</summary>
    public string? All =>
        operation.Pagination is { } paging
            ? $"sys::Collections.Generic.IAsyncEnumerable<{TypeSyntax.Name(paging.ItemType, paging.ItemType.IsNullable)}> {paging.AllMethodName}({signature.Declaration()})"
            : null;

    /// <summary>The …PagesAsync method, the pages from the one a continuation token names (the first by default).</summary>
    public string? Pages =>
        operation.Pagination is { } paging
            ? $"sys::Collections.Generic.IAsyncEnumerable<{TypeSyntax.Generated(Template.Page.DeclaredTypes[0])}<{TypeSyntax.Name(paging.ItemType, paging.ItemType.IsNullable)}>> {paging.PagesMethodName}({signature.Declaration(trailing: $"string? {GeneratedNames.Locals.ContinuationToken} = null")})"
            : null;

    /// <summary>The Stream…Async method; null when the response is not a JSON array.</summary>
    public string? Stream =>
        operation.StreamMethodName is not null && operation.Response.BodyType is ArrayTypeRef array
            ? $"sys::Collections.Generic.IAsyncEnumerable<{TypeSyntax.Name(array.Element, array.Element.IsNullable)}> {operation.StreamMethodName}({signature.Declaration()})"
            : null;
}

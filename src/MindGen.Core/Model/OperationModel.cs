using System.Linq;

namespace MindGen.Model;

/// <summary>One HTTP operation; becomes one client method.</summary>
/// <param name="MethodName">The C# method name, ending in <c>Async</c>.</param>
/// <param name="OperationId">The spec's operationId (or the derived one), named in exceptions.</param>
/// <param name="HttpMethod">Upper-case HTTP method.</param>
/// <param name="Path">The path template split into literal text and parameters.</param>
/// <param name="Parameters">The method's parameters: required first, then optional.</param>
/// <param name="RequestBody">The JSON body, if the operation takes one.</param>
/// <param name="Response">The success response.</param>
/// <param name="Security">Alternative credential sets; an empty one means "no credentials needed".</param>
/// <param name="StreamMethodName">For a JSON array response that is not one page of a longer list: the method that yields its items one by one.</param>
/// <param name="ResponseMethodName">The method that also returns status and headers (an <c>ApiResponse</c>); null for stream results.</param>
/// <param name="Pagination">For a list answered a page at a time: how to get the next page.</param>
public sealed record OperationModel(
    string MethodName,
    string OperationId,
    string HttpMethod,
    EquatableArray<PathPart> Path,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? RequestBody,
    ResponseModel Response,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<SecurityRequirementModel> Security,
    string? StreamMethodName = null,
    string? ResponseMethodName = null,
    PaginationModel? Pagination = null)
{
    /// <summary>The spec's path template, as OpenTelemetry's <c>url.template</c> and a fake's routing take it: <c>/ticket/{ticketId}/worklog</c>.</summary>
    public string PathTemplate =>
        "/" + string.Concat(Path.Select(part => part.IsParameter ? "{" + Parameters.First(parameter => parameter.Name == part.Text).WireName + "}" : part.Text));
}

/// <summary>A piece of a path template: literal text, or the C# name of a path parameter.</summary>
public sealed record PathPart(string Text, bool IsParameter);

/// <summary>
/// A request body, passed as the method parameter <paramref name="Name"/> (JSON, form, binary, text, a stream of
/// JSON lines whose item is <paramref name="Type"/>), or
/// for <c>multipart/form-data</c> as one parameter per part (<paramref name="Parts"/>).
/// </summary>
/// <param name="MediaTypeParameter">For bytes of any media type the document allows (<c>*/*</c>, <c>image/*</c>): the
/// optional method parameter that names the one sent (<paramref name="MediaType"/>, <c>application/octet-stream</c>, when null).</param>
/// <param name="RecordSeparated">For JSON lines: each item goes after a record separator (RFC 7464's JSON text sequence).</param>
public sealed record RequestBodyModel(
    string Name,
    TypeRef Type,
    bool IsRequired,
    string MediaType,
    string? Description,
    BodyKind Kind = BodyKind.Json,
    EquatableArray<MultipartPartModel> Parts = default,
    string? MediaTypeParameter = null,
    bool RecordSeparated = false);

/// <summary>How a request body is encoded.</summary>
public enum BodyKind
{
    /// <summary>Through the generated JSON context.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>: the object's members as name=value pairs.</summary>
    Form,

    /// <summary><c>multipart/form-data</c>: one part per member; binary members are files.</summary>
    Multipart,

    /// <summary>Any other media type: the caller's <c>Stream</c>, sent as it is.</summary>
    Binary,

    /// <summary><c>text/*</c>: a string.</summary>
    Text,

    /// <summary>
    /// A request body of JSON lines (NDJSON, JSONL) or a JSON text sequence: the caller's <c>IAsyncEnumerable</c> of
    /// items (<see cref="RequestBodyModel.Type"/>), sent as they come, chunked.
    /// </summary>
    JsonLines,
}

/// <summary>One part of a multipart body; <paramref name="IsFile"/> parts take a <c>FileParameter</c>.</summary>
/// <param name="FileContentType">The one media type the document's encoding gives a file part; the file's own wins.</param>
public sealed record MultipartPartModel(string Name, string WireName, TypeRef Type, bool IsRequired, bool IsFile, string? Description, string? FileContentType = null);

/// <summary>
/// The success response: its body type (null when it has no body). A JSON body has the mapped type; a
/// <c>text/*</c> body is a <c>string</c>; any other media type is a <c>Stream</c>.
/// </summary>
/// <param name="Errors">Documented error responses with a JSON body, most specific status first.</param>
/// <param name="Accept">The media types the request's <c>Accept</c> header asks for, as the document spells them.</param>
/// <param name="Events">The success response as a stream of items, when the document offers one (alone, or beside JSON).</param>
/// <param name="Headers">The headers the success responses declare, typed on the <c>…WithResponseAsync</c> method's response.</param>
/// <param name="Statuses">Every response key the operation declares, as the document spells it (<c>200</c>, <c>4XX</c>, <c>default</c>), in ordinal order.</param>
/// <param name="ExampleJson">The document's example of the success body (its media type's, else its schema's), as JSON text.</param>
public sealed record ResponseModel(
    TypeRef? BodyType,
    string? Description,
    BodyKind Kind = BodyKind.Json,
    EquatableArray<ErrorResponseModel> Errors = default,
    EquatableArray<string> Accept = default,
    EventStreamModel? Events = null,
    ResponseHeadersModel? Headers = null,
    EquatableArray<string> Statuses = default,
    string? ExampleJson = null)
{
    /// <summary>
    /// Whether the response is a body (JSON, audio) or a stream, as the request asks: the plain method asks for the
    /// body, the streaming one for the stream, through one send core told which.
    /// </summary>
    public bool OffersBodyOrStream => Events is not null && !Accept.Contains(Events.MediaType);
}

/// <summary>An error response with a JSON body, for the statuses <paramref name="Status"/> stands for.</summary>
/// <param name="MediaType">The body's JSON media type as the document spells it (<c>application/problem+json</c>).</param>
public sealed record ErrorResponseModel(StatusPattern Status, TypeRef BodyType, string? Description, string MediaType = "application/json");

/// <summary>
/// The statuses a response key stands for: one code (<c>404</c>), a class of codes (<c>4XX</c>: <paramref name="Value"/>
/// is 4) or every status no other response names (<c>default</c>: <paramref name="Value"/> is 0).
/// </summary>
public sealed record StatusPattern(StatusPatternKind Kind, int Value);

public enum StatusPatternKind
{
    Exact,
    Class,
    Default,
}

/// <summary>One way to authenticate an operation: every scheme listed must be applied.</summary>
public sealed record SecurityRequirementModel(EquatableArray<string> SchemeKeys);

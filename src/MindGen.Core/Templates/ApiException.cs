// Template: emitted into every spec's namespace as <Namespace>.ApiException.g.cs, with MindGen.Templates
// replaced by that namespace. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// A call to the API failed: the server answered with an unsuccessful status, or with a body that is not
/// what the spec describes.
/// </summary>
/// <remarks>The message names the operation and the status; it never contains credentials or the body.</remarks>
public partial class ApiException : global::System.Exception
{
    /// <summary>Creates the exception for a response of <paramref name="operationId"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="operationId">The operation that was called.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="responseBody">The response body as text, if it could be read.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="innerException">The cause, such as a <see cref="global::System.Text.Json.JsonException"/>.</param>
    public ApiException(
        string message,
        string operationId,
        int statusCode,
        string? responseBody,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        global::System.Exception? innerException)
        : base(message, innerException)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        ResponseBody = responseBody;
        Headers = headers;
    }

    /// <summary>The operationId of the operation that failed.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The response body as text (null when there was none).</summary>
    public string? ResponseBody { get; }

    /// <summary>The response headers, including content headers.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    /// <summary>
    /// The body read as RFC 9457 problem details, when the response says it is one (<c>application/problem+json</c>),
    /// whether or not the spec declares it; null otherwise.
    /// </summary>
    public global::MindGen.Templates.ApiProblem? Problem
    {
        get
        {
            // Read once, on first use: an exception that is never asked pays nothing.
            if (!_problemRead)
            {
                bool isProblem = Headers.TryGetValue("Content-Type", out global::System.Collections.Generic.IReadOnlyList<string>? types)
                    && types.Count > 0 && types[0].StartsWith("application/problem+json", global::System.StringComparison.OrdinalIgnoreCase);
                _problem = isProblem && ResponseBody is { Length: > 0 } body ? global::MindGen.Templates.ApiProblem.Read(body) : null;
                _problemRead = true;
            }

            return _problem;
        }
    }

    private global::MindGen.Templates.ApiProblem? _problem;

    private bool _problemRead;

    /// <summary>
    /// How long the server asked the caller to wait before trying again, as a 429 or 503 says in <c>Retry-After</c>
    /// (seconds, or a date: the time left until it); null when the response does not say.
    /// </summary>
    public global::System.TimeSpan? RetryAfter
    {
        get
        {
            return Headers.TryGetValue("Retry-After", out global::System.Collections.Generic.IReadOnlyList<string>? values) && values.Count > 0
                && global::System.Net.Http.Headers.RetryConditionHeaderValue.TryParse(values[0], out global::System.Net.Http.Headers.RetryConditionHeaderValue? asked)
                ? WaitOf(asked)
                : null;
        }
    }

    /// <summary>
    /// How long a <c>Retry-After</c> asks to wait: its seconds, or the time left until its date (none once it has
    /// passed); null when there is none. The client's retries read it the same way.
    /// </summary>
    internal static global::System.TimeSpan? WaitOf(global::System.Net.Http.Headers.RetryConditionHeaderValue? asked) =>
        asked?.Delta ?? (asked?.Date is { } date ? (date > global::System.DateTimeOffset.UtcNow ? date - global::System.DateTimeOffset.UtcNow : global::System.TimeSpan.Zero) : null);
}

/// <summary>An unsuccessful response whose body the spec documents (for example problem details), parsed.</summary>
/// <typeparam name="TError">The documented error body.</typeparam>
public partial class ApiException<TError> : global::MindGen.Templates.ApiException
{
    /// <summary>Creates the exception with the parsed error body.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="operationId">The operation that was called.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="responseBody">The response body as text.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="error">The parsed error body.</param>
    public ApiException(
        string message,
        string operationId,
        int statusCode,
        string? responseBody,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        TError error)
        : base(message, operationId, statusCode, responseBody, headers, innerException: null)
    {
        Error = error;
    }

    /// <summary>The error body, as the spec describes it.</summary>
    public TError Error { get; }
}

/// <summary>RFC 9457 problem details: what went wrong, as an HTTP API says it in <c>application/problem+json</c>.</summary>
public sealed partial class ApiProblem
{
    private ApiProblem(global::System.Text.Json.JsonElement json) => Json = json;

    /// <summary>A URI that names the kind of problem (<c>about:blank</c> when none is given).</summary>
    public string Type => Text("type") ?? "about:blank";

    /// <summary>A short summary of the kind of problem.</summary>
    public string? Title => Text("title");

    /// <summary>The HTTP status code the server gave the problem.</summary>
    public int? Status => Json.TryGetProperty("status", out global::System.Text.Json.JsonElement status) && status.TryGetInt32(out int code) ? code : null;

    /// <summary>What went wrong this time.</summary>
    public string? Detail => Text("detail");

    /// <summary>A URI that names this occurrence.</summary>
    public string? Instance => Text("instance");

    /// <summary>The whole body, with the members an API adds (<c>errors</c>, <c>traceId</c>…).</summary>
    public global::System.Text.Json.JsonElement Json { get; }

    /// <summary>Reads problem details; null when the text is not a JSON object.</summary>
    /// <param name="json">The body.</param>
    public static global::MindGen.Templates.ApiProblem? Read(string json)
    {
        try
        {
            using global::System.Text.Json.JsonDocument document = global::System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == global::System.Text.Json.JsonValueKind.Object ? new global::MindGen.Templates.ApiProblem(document.RootElement.Clone()) : null;
        }
        catch (global::System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private string? Text(string name) =>
        Json.TryGetProperty(name, out global::System.Text.Json.JsonElement value) && value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : null;
}

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
    /// How long the server asked the caller to wait before trying again, as a 429 or 503 says in <c>Retry-After</c>
    /// (seconds, or a date: the time left until it); null when the response does not say.
    /// </summary>
    public global::System.TimeSpan? RetryAfter
    {
        get
        {
            if (!Headers.TryGetValue("Retry-After", out global::System.Collections.Generic.IReadOnlyList<string>? values) || values.Count == 0)
            {
                return null;
            }

            string value = values[0].Trim();
            if (long.TryParse(value, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out long seconds))
            {
                return global::System.TimeSpan.FromSeconds(seconds);
            }

            return global::System.DateTimeOffset.TryParseExact(value, "r", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out global::System.DateTimeOffset date)
                ? (date > global::System.DateTimeOffset.UtcNow ? date - global::System.DateTimeOffset.UtcNow : global::System.TimeSpan.Zero)
                : null;
        }
    }
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

// Template: the part of a client's runtime class (<Client>Runtime) that decides whether and when a failed request is
// sent again (the options' Retry, off by default; see SendAsync). Not compiled into MindGen itself; a test compiles it
// with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    // The statuses worth another try: the server timed out, is throttling, or failed for a moment.
    private static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    // A body that can be sent again as it was: none, or bytes held in memory (JSON, form, text). A stream or a stream
    // of items went as it was read.
    private static bool IsReplayable(global::System.Net.Http.HttpContent? content) =>
        content is null or global::System.Net.Http.ByteArrayContent or global::System.Net.Http.ReadOnlyMemoryContent;

    // The delay before retry number retried + 1: the options' delay, doubled each time, never above the maximum.
    private static global::System.TimeSpan Backoff(global::MindGen.Templates.RetryOptions retry, int retried)
    {
        double milliseconds = retry.Delay.TotalMilliseconds * global::System.Math.Pow(2, retried);
        return milliseconds >= retry.MaxDelay.TotalMilliseconds ? retry.MaxDelay : global::System.TimeSpan.FromMilliseconds(milliseconds);
    }

    // The server's Retry-After when it says one, else the backoff; null when the server asks for longer than the
    // options' maximum: that failure surfaces.
    private static global::System.TimeSpan? RetryDelay(global::MindGen.Templates.RetryOptions retry, int retried, global::System.Net.Http.HttpResponseMessage response)
    {
        global::System.TimeSpan? delay = global::MindGen.Templates.ApiException.WaitOf(response.Headers.RetryAfter);
        return delay is null ? Backoff(retry, retried) : delay <= retry.MaxDelay ? delay : null;
    }

    // The request again, for another send (a request is sent once): same method, address, headers, options and body,
    // which stays the original's to dispose.
    private static global::System.Net.Http.HttpRequestMessage Copy(global::System.Net.Http.HttpRequestMessage request)
    {
        var copy = new global::System.Net.Http.HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, object?> option in request.Options)
        {
            ((global::System.Collections.Generic.IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}

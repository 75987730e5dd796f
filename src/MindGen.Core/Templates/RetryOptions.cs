// Template: emitted into every spec's namespace as <Namespace>.RetryOptions.g.cs, with MindGen.Templates replaced by
// that namespace: the client options' Retry. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// Whether the client sends a request again after a transient failure (a dropped connection; 408, 429, 500, 502, 503,
/// 504), and when: only an operation that may be sent twice (GET, HEAD, OPTIONS, PUT, DELETE, QUERY, or any request
/// that carries an <c>Idempotency-Key</c> header) and whose body can be sent again; after the server's <c>Retry-After</c>, else a delay that doubles. Off by default. With
/// <c>IHttpClientFactory</c>, prefer <c>AddStandardResilienceHandler(options =&gt; options.Retry.DisableForUnsafeHttpMethods())</c>.
/// </summary>
public sealed partial class RetryOptions
{
    /// <summary>How many times a request is sent again after the first; 0 (the default) never.</summary>
    public int MaxRetries { get; set; }

    /// <summary>The wait before the first retry when the server does not say (<c>Retry-After</c>), doubled before each next.</summary>
    public global::System.TimeSpan Delay { get; set; } = global::System.TimeSpan.FromSeconds(1);

    /// <summary>The longest wait: a server asking for longer gets its failure surfaced (<c>ApiException.RetryAfter</c> says how long).</summary>
    public global::System.TimeSpan MaxDelay { get; set; } = global::System.TimeSpan.FromSeconds(30);
}

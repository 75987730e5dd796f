// Template: emitted into every spec's namespace as <Namespace>.RequestOptions.g.cs, with MindGen.Templates replaced
// by that namespace: what every operation method takes for one call. Not compiled into MindGen itself; a test compiles
// it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// Settings for one call, passed as any operation method's <c>requestOptions</c>:
/// <c>new RequestOptions { Headers = { ["X-Request-Id"] = id }, Timeout = TimeSpan.FromSeconds(5) }</c>. One instance
/// may serve many calls.
/// </summary>
public sealed partial class RequestOptions
{
    /// <summary>
    /// Headers sent besides the operation's own, by case-insensitive name; one the operation or its credentials set
    /// (<c>Authorization</c>, <c>Accept</c>, a content header) is replaced. Several values go comma-separated in one.
    /// </summary>
    public global::System.Collections.Generic.IDictionary<string, string> Headers { get; } = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long the call may take until the response's headers have arrived, retries and their waits included (the
    /// span <c>HttpClient.Timeout</c> covers for a response read as it arrives). When it passes, the call throws a
    /// <see cref="global::System.Threading.Tasks.TaskCanceledException"/> whose inner exception is a
    /// <see cref="global::System.TimeoutException"/>, as <c>HttpClient</c> does; null (the default) leaves it to the
    /// HttpClient.
    /// </summary>
    public global::System.TimeSpan? Timeout { get; set; }
}

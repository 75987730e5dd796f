// Template: emitted into a spec's namespace as <Namespace>.ApiStream.g.cs when an operation's response is a stream
// of events or JSON lines, with MindGen.Templates replaced by that namespace. Not compiled into MindGen itself; a
// test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// A stream whose response has arrived: its status and headers are known (an unsuccessful status has thrown
/// already, before any item), its items are read from the body as they are enumerated, once. Dispose it to let the
/// response go when the items are not read to the end.
/// </summary>
/// <typeparam name="T">What each item is.</typeparam>
public sealed partial class ApiStream<T> : global::System.Collections.Generic.IAsyncEnumerable<T>, global::System.IAsyncDisposable, global::System.IDisposable
{
    private readonly global::System.Net.Http.HttpResponseMessage _response;
    private readonly global::System.Func<global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>>> _read;
    private int _reading;

    /// <summary>Wraps a response whose body <paramref name="read"/> reads.</summary>
    /// <param name="response">The response, which the stream owns from here on.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="read">Reads the items from the response's body.</param>
    public ApiStream(global::System.Net.Http.HttpResponseMessage response, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, global::System.Func<global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>>> read)
    {
        _response = response;
        _read = read;
        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => (int)_response.StatusCode;

    /// <summary>The response and content headers, by case-insensitive name.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    /// <summary>The last event ID the server set (server-sent events), as of the item read last: where to resume from.</summary>
    public string? LastEventId { get; private set; }

    /// <summary>The items with what their events said: type, last event ID, reconnection delay. JSON lines are events of type <c>message</c>.</summary>
    public global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> Events => ReadEventsAsync(default);

    /// <inheritdoc/>
    public async global::System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken = default)
    {
        await foreach (global::MindGen.Templates.ServerSentEvent<T> item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadEventsAsync(cancellationToken), continueOnCapturedContext: false))
        {
            yield return item.Data;
        }
    }

    /// <summary>Lets the response go.</summary>
    public global::System.Threading.Tasks.ValueTask DisposeAsync()
    {
        _response.Dispose();
        return default;
    }

    /// <summary>Lets the response go.</summary>
    public void Dispose() => _response.Dispose();

    private async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ReadEventsAsync([global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        if (global::System.Threading.Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new global::System.InvalidOperationException("A stream's items can be read once: they are read from the response body as they arrive.");
        }

        using (_response)
        {
            await foreach (global::MindGen.Templates.ServerSentEvent<T> item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(_read(cancellationToken), continueOnCapturedContext: false))
            {
                LastEventId = item.LastEventId;
                yield return item;
            }
        }
    }
}

/// <summary>One server-sent event: its type, its data as the operation's item, and what it set for reconnecting.</summary>
/// <typeparam name="T">What the event's data is.</typeparam>
public readonly partial struct ServerSentEvent<T>
{
    /// <summary>Creates the event.</summary>
    /// <param name="eventType">Its <c>event</c> field, or <c>message</c>.</param>
    /// <param name="data">Its data.</param>
    /// <param name="lastEventId">The last event ID the stream had set when it came.</param>
    /// <param name="retry">The reconnection delay the stream had asked for when it came.</param>
    public ServerSentEvent(string eventType, T data, string? lastEventId, global::System.TimeSpan? retry)
    {
        EventType = eventType;
        Data = data;
        LastEventId = lastEventId;
        Retry = retry;
    }

    /// <summary>The event's type: its <c>event</c> field, or <c>message</c>.</summary>
    public string EventType { get; }

    /// <summary>The event's data, read as the operation's item.</summary>
    public T Data { get; }

    /// <summary>The last event ID the stream had set when the event came (an <c>id</c> field persists until the next).</summary>
    public string? LastEventId { get; }

    /// <summary>The reconnection delay the stream had asked for (<c>retry</c>) when the event came.</summary>
    public global::System.TimeSpan? Retry { get; }
}

/// <summary>
/// One event of a Kubernetes watch (<c>application/json;stream=watch</c>): what happened to an object, and the object.
/// An <c>ERROR</c> event is no item: it throws an <c>ApiException</c> with the status it carries.
/// </summary>
/// <typeparam name="T">The watched object.</typeparam>
public readonly partial struct WatchEvent<T>
{
    /// <summary>Creates the event.</summary>
    /// <param name="type">What happened: <c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c> or <c>BOOKMARK</c> (any other is kept as sent).</param>
    /// <param name="object">The object as it is now (as it was last, when deleted).</param>
    public WatchEvent(string type, T @object)
    {
        Type = type;
        Object = @object;
    }

    /// <summary>What happened: <c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c> or <c>BOOKMARK</c> (any other is kept as sent).</summary>
    public string Type { get; }

    /// <summary>The object as it is now (as it was last, when deleted; for a bookmark, only its resource version).</summary>
    public T Object { get; }
}

/// <summary>How streams of events behave when the connection drops or stalls: the client options' <c>Streams</c>.</summary>
public sealed partial class StreamOptions
{
    /// <summary>
    /// How many times in a row a dropped stream of server-sent events is sent again, asking to resume after the last
    /// event read (<c>Last-Event-ID</c>); 0 never. Only a stream whose events carry IDs resumes, for one without would
    /// start over and repeat them; and only a GET, unless <see cref="ReconnectsOtherMethods"/>.
    /// </summary>
    public int MaxReconnectAttempts { get; set; } = 3;

    /// <summary>How long to wait before reconnecting until the server asks for another delay (<c>retry</c>).</summary>
    public global::System.TimeSpan RetryDelay { get; set; } = global::System.TimeSpan.FromSeconds(3);

    /// <summary>The longest a server's <c>retry</c> may make the client wait.</summary>
    public global::System.TimeSpan MaxRetryDelay { get; set; } = global::System.TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether a POST (or any method but GET) is sent again to resume its stream. Off: sending a POST again may start
    /// the work again (a second generation), so it is your call, for an API that resumes by <c>Last-Event-ID</c>.
    /// </summary>
    public bool ReconnectsOtherMethods { get; set; }

    /// <summary>
    /// How long a stream may send nothing before it counts as dropped (it resumes where it can, else a
    /// <see cref="global::System.TimeoutException"/> is thrown); null waits forever. <c>HttpClient.Timeout</c> does not
    /// cover a body read as it arrives.
    /// </summary>
    public global::System.TimeSpan? IdleTimeout { get; set; }
}

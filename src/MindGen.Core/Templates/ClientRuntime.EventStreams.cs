// Template: the part of a client's runtime class (<Client>Runtime) that reads a response which is a stream of
// items: server-sent events (text/event-stream, by the WHATWG rules), JSON lines (NDJSON, JSONL, Kubernetes' watch)
// and JSON text sequences (RFC 7464). Emitted only for a spec with such a response. Items are read straight from
// the bytes through the generated context, so a line never becomes a string first.
// Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    /// <summary>
    /// What an event becomes, read from its type and its data's bytes: the item of a stream of server-sent events.
    /// A <see cref="global::System.Text.Json.JsonException"/> says the data is not what the spec describes.
    /// </summary>
    public delegate T EventReader<T>(string eventType, global::System.ReadOnlySpan<byte> data);

    /// <summary>Reads an event's data as JSON through <paramref name="typeInfo"/>, whatever its type.</summary>
    public static EventReader<T> JsonEvents<T>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        (eventType, data) => global::System.Text.Json.JsonSerializer.Deserialize(data, typeInfo) ?? throw new global::System.Text.Json.JsonException("expected an item, found null");

    /// <summary>
    /// Reads Kubernetes' watch events, <c>{"type": "ADDED", "object": {…}}</c>, the object through <paramref name="typeInfo"/>;
    /// an <c>ERROR</c> event (its object is a status, not an item) throws.
    /// </summary>
    public static EventReader<global::MindGen.Templates.WatchEvent<T>> WatchEvents<T>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        (eventType, data) =>
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(data);
            if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                throw new global::System.Text.Json.JsonException("expected a watch event, an object");
            }

            string? type = null;
            int objectStart = -1;
            int objectLength = 0;
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("type");
                bool isObject = !isType && reader.ValueTextEquals("object");
                reader.Read();
                if (isType)
                {
                    type = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : throw new global::System.Text.Json.JsonException("a watch event's type is not a string");
                }

                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (isObject)
                {
                    objectStart = start;
                    objectLength = (int)reader.BytesConsumed - start;
                }
            }

            if (type == "ERROR")
            {
                throw new ErrorEvent();
            }

            // The object may come before the type: it is read once both are known.
            T watched = objectStart < 0 ? throw new global::System.Text.Json.JsonException("a watch event without its object")
                : global::System.Text.Json.JsonSerializer.Deserialize(data.Slice(objectStart, objectLength), typeInfo) is { } value ? value
                : throw new global::System.Text.Json.JsonException("a watch event whose object is null");
            return new global::MindGen.Templates.WatchEvent<T>(type ?? throw new global::System.Text.Json.JsonException("a watch event without its type"), watched);
        };

    // An event that reports a failure instead of an item (a watch's ERROR): ReadEvent throws the ApiException.
    private sealed class ErrorEvent : global::System.Exception
    {
    }

    /// <summary>Reads an event's data as the text it is.</summary>
    public static string TextEvent(string eventType, global::System.ReadOnlySpan<byte> data) => global::System.Text.Encoding.UTF8.GetString(data);

    /// <summary>
    /// Sends when enumeration starts and yields each server-sent event as <paramref name="read"/> reads it, as it
    /// arrives. The stream ends with the response or at the <c>terminator</c>'s data (<c>[DONE]</c>); an <c>error</c> event throws. A dropped
    /// connection resumes after the last event ID where the options allow (see ReadEventsAsync): <c>send</c> sends the
    /// request with the <c>Last-Event-ID</c> it is given, and a <c>resumable</c> method (GET) may be sent again without asking.
    /// </summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<T> StreamEventsAsync<T>(global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::MindGen.Templates.StreamOptions options, bool resumable, string? terminator, EventReader<T> read, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        await foreach (global::MindGen.Templates.ServerSentEvent<T> item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadEventsAsync(null, send, options, resumable, terminator, read, operationId, expected, cancellationToken), continueOnCapturedContext: false))
        {
            yield return item.Data;
        }
    }

    /// <summary>
    /// Sends when enumeration starts and yields the JSON values of the body as they arrive: one per line (JSON lines), or
    /// one after each record separator (<paramref name="recordSeparated"/>, RFC 7464). Blank lines are skipped.
    /// </summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<T> StreamJsonLinesAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::MindGen.Templates.StreamOptions options, EventReader<T> read, bool recordSeparated, string? terminator, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        // The reader disposes the response.
        global::System.Net.Http.HttpResponseMessage response = await send(cancellationToken).ConfigureAwait(false);
        await foreach (global::MindGen.Templates.ServerSentEvent<T> item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadJsonLinesAsync(response, options, read, recordSeparated, terminator, operationId, expected, cancellationToken), continueOnCapturedContext: false))
        {
            yield return item.Data;
        }
    }

    /// <summary>Sends and awaits the response (an unsuccessful status throws here), returned as a stream of server-sent events that <paramref name="read"/> reads.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<T>> OpenEventsAsync<T>(global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::MindGen.Templates.StreamOptions options, bool resumable, string? terminator, EventReader<T> read, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
    {
        global::System.Net.Http.HttpResponseMessage response = await send(null, cancellationToken).ConfigureAwait(false);
        return new global::MindGen.Templates.ApiStream<T>(response, Headers(response), token => ReadEventsAsync(response, send, options, resumable, terminator, read, operationId, expected, token));
    }

    /// <summary>The same for JSON lines and JSON text sequences.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<T>> OpenJsonLinesAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::MindGen.Templates.StreamOptions options, EventReader<T> read, bool recordSeparated, string? terminator, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
    {
        global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        return new global::MindGen.Templates.ApiStream<T>(response, Headers(response), token => ReadJsonLinesAsync(response, options, read, recordSeparated, terminator, operationId, expected, token));
    }

    /// <summary>
    /// Yields each event with data as it is dispatched; ends with the body, at the terminator's data ([DONE]) or at a 204 when reconnecting;
    /// throws at an error event. A connection that drops (or sends nothing for the idle timeout) is sent again with
    /// <c>Last-Event-ID</c> after the delay the server asked for (<c>retry</c>, capped) or the options' — only when the
    /// events carry IDs (else it would start over and repeat them), the method may be sent again, and attempts are left
    /// (counted since the last event). Otherwise the failure is thrown: nothing is replayed silently.
    /// </summary>
    private static async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ReadEventsAsync<T>(global::System.Net.Http.HttpResponseMessage? first, global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::MindGen.Templates.StreamOptions options, bool resumable, string? terminator, EventReader<T> read, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        global::System.Net.Http.HttpResponseMessage response = first ?? await send(null, cancellationToken).ConfigureAwait(false);
        byte[]? end = terminator is null ? null : global::System.Text.Encoding.UTF8.GetBytes(terminator);
        var idle = new IdleTimer(options.IdleTimeout, cancellationToken);
        try
        {
            string? lastEventId = null;
            global::System.TimeSpan? retry = null;
            int attempts = 0;
            var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), lastEventId);
            while (true)
            {
                bool dispatched;
                global::System.Exception? dropped = null;
                try
                {
                    dispatched = await events.ReadAsync(idle.Restart()).ConfigureAwait(false);
                }
                catch (global::System.Exception exception) when (!cancellationToken.IsCancellationRequested && (idle.Expired || exception is global::System.IO.IOException or global::System.Net.Http.HttpRequestException))
                {
                    dispatched = false;
                    dropped = exception;
                }

                if (dropped is not null)
                {
                    response.Dispose();
                    bool stalled = idle.Expired;
                    while (true)
                    {
                        if (lastEventId is null || !(resumable || options.ReconnectsOtherMethods) || attempts >= options.MaxReconnectAttempts)
                        {
                            throw stalled ? Stalled(operationId, options, dropped) : Rethrown(dropped);
                        }

                        attempts++;
                        await global::System.Threading.Tasks.Task.Delay(RetryDelay(retry, options), cancellationToken).ConfigureAwait(false);
                        try
                        {
                            response = await send(lastEventId, cancellationToken).ConfigureAwait(false);
                            break;
                        }
                        catch (global::System.Net.Http.HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
                        {
                            // The server is not back yet (or the pool handed out a connection that had dropped too):
                            // that attempt counts, and the next waits as long.
                            dropped = exception;
                            stalled = false;
                        }
                    }

                    if (response.StatusCode == global::System.Net.HttpStatusCode.NoContent)
                    {
                        yield break;
                    }

                    events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), lastEventId);
                    continue;
                }

                if (!dispatched || (end is not null && events.DataIs(end)))
                {
                    yield break;
                }

                if (events.IsError)
                {
                    throw EventError(response, operationId, events.DataText());
                }

                attempts = 0;
                lastEventId = events.LastEventId;
                retry = events.Retry ?? retry;
                yield return new global::MindGen.Templates.ServerSentEvent<T>(events.EventType, ReadEvent(response, events.EventType, events.Data, read, operationId, expected), lastEventId, retry);
            }
        }
        finally
        {
            response.Dispose();
            idle.Dispose();
        }
    }

    private static async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ReadJsonLinesAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::MindGen.Templates.StreamOptions options, EventReader<T> read, bool recordSeparated, string? terminator, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        using (response)
        using (var idle = new IdleTimer(options.IdleTimeout, cancellationToken))
        {
            byte[]? end = terminator is null ? null : global::System.Text.Encoding.UTF8.GetBytes(terminator);
            var records = new StreamFramer(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), recordSeparated ? (byte)0x1E : (byte)'\n', splitsOnCarriageReturn: false);
            while (true)
            {
                bool framed;
                try
                {
                    framed = await records.ReadAsync(idle.Restart()).ConfigureAwait(false);
                }
                catch (global::System.OperationCanceledException exception) when (idle.Expired)
                {
                    throw Stalled(operationId, options, exception);
                }

                if (!framed || (end is not null && global::System.MemoryExtensions.SequenceEqual(global::System.MemoryExtensions.Trim(records.Frame, " \t\r\n"u8), end)))
                {
                    yield break;
                }

                if (!IsBlank(records.Frame))
                {
                    yield return new global::MindGen.Templates.ServerSentEvent<T>("message", ReadEvent(response, "message", records.Frame, read, operationId, expected), null, null);
                }
            }
        }
    }

    private static T ReadEvent<T>(global::System.Net.Http.HttpResponseMessage response, string eventType, global::System.ReadOnlySpan<byte> data, EventReader<T> read, string operationId, string expected)
    {
        try
        {
            return read(eventType, data);
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw BodyMismatch(response, operationId, expected, global::System.Text.Encoding.UTF8.GetString(data), exception);
        }
        catch (ErrorEvent)
        {
            throw EventError(response, operationId, global::System.Text.Encoding.UTF8.GetString(data));
        }
    }
    // The server's retry, else the options' delay; never more than the options' maximum.
    private static global::System.TimeSpan RetryDelay(global::System.TimeSpan? retry, global::MindGen.Templates.StreamOptions options)
    {
        global::System.TimeSpan delay = retry ?? options.RetryDelay;
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    private static global::System.TimeoutException Stalled(string operationId, global::MindGen.Templates.StreamOptions options, global::System.Exception cause) =>
        new global::System.TimeoutException("Operation '" + operationId + "' sent nothing for " + options.IdleTimeout + ": the stream stalled (StreamOptions.IdleTimeout).", cause);

    private static global::System.Exception Rethrown(global::System.Exception exception)
    {
        global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception).Throw();
        return exception;
    }

    /// <summary>A token that cancels when a read waits longer than the idle timeout, restarted before each read.</summary>
    private sealed class IdleTimer : global::System.IDisposable
    {
        private readonly global::System.TimeSpan? _timeout;
        private readonly global::System.Threading.CancellationToken _outer;
        private global::System.Threading.CancellationTokenSource? _source;

        public IdleTimer(global::System.TimeSpan? timeout, global::System.Threading.CancellationToken outer)
        {
            _timeout = timeout;
            _outer = outer;
        }

        /// <summary>Whether the last read was cancelled by the timer, not by the caller.</summary>
        public bool Expired => _source is { IsCancellationRequested: true } && !_outer.IsCancellationRequested;

        public global::System.Threading.CancellationToken Restart()
        {
            if (_timeout is not { } timeout)
            {
                return _outer;
            }

            if (_source is null || !_source.TryReset())
            {
                _source?.Dispose();
                _source = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(_outer);
            }

            _source.CancelAfter(timeout);
            return _source.Token;
        }

        public void Dispose() => _source?.Dispose();
    }

    private static global::MindGen.Templates.ApiException EventError(global::System.Net.Http.HttpResponseMessage response, string operationId, string data)
    {
        int status = (int)response.StatusCode;
        return new global::MindGen.Templates.ApiException("Operation '" + operationId + "' sent an error event: " + data, operationId, status, data, Headers(response), null);
    }

    private static bool IsBlank(global::System.ReadOnlySpan<byte> frame) => global::System.MemoryExtensions.Trim(frame, " \t\r\n"u8).IsEmpty;
}

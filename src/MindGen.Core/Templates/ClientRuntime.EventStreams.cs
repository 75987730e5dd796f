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
    /// Serializes a JSON body with its boolean member <paramref name="flagName"/> set to <paramref name="flag"/>, whatever
    /// the value holds: the operation answers with JSON or with a stream as the member asks, and each method knows which.
    /// </summary>
    public static global::System.Net.Http.HttpContent CreateJsonContent<T>(T value, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string mediaType, string flagName, bool flag)
    {
        byte[] json = global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(json.Length + flagName.Length + 16);
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            // The other members are copied as they are; the flag is written last.
            var reader = new global::System.Text.Json.Utf8JsonReader(json);
            reader.Read();
            writer.WriteStartObject();
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                bool isFlag = reader.ValueTextEquals(flagName);
                string? name = isFlag ? null : reader.GetString();
                reader.Read();
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (name is not null)
                {
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(new global::System.ReadOnlySpan<byte>(json, start, (int)reader.BytesConsumed - start), skipInputValidation: true);
                }
            }

            writer.WriteBoolean(flagName, flag);
            writer.WriteEndObject();
        }

        var content = new global::System.Net.Http.ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>
    /// Sends when enumeration starts and yields the data of each server-sent event, read as JSON by <paramref name="typeInfo"/>,
    /// as it arrives. The stream ends with the response or at <c>data: [DONE]</c>; an <c>error</c> event throws.
    /// </summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<T> StreamEventsAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken) =>
        StreamAsync(send, (response, body, token) => ReadEventsAsync(response, body, JsonData(response, typeInfo, operationId, expected), operationId, token), cancellationToken);

    /// <summary>The same for events whose data is text: yields each event's data as it is.</summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<string> StreamEventDataAsync(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, string operationId, global::System.Threading.CancellationToken cancellationToken) =>
        StreamAsync(send, (response, body, token) => ReadEventsAsync(response, body, TextData, operationId, token), cancellationToken);

    /// <summary>
    /// Sends when enumeration starts and yields the JSON values of the body as they arrive: one per line (JSON lines), or
    /// one after each record separator (<paramref name="recordSeparated"/>, RFC 7464). Blank lines are skipped.
    /// </summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<T> StreamJsonLinesAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool recordSeparated, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken) =>
        StreamAsync(send, (response, body, token) => ReadJsonLinesAsync(response, body, typeInfo, recordSeparated, operationId, expected, token), cancellationToken);

    /// <summary>Awaits the response (an unsuccessful status throws here) and returns it as a stream of server-sent events whose data is JSON.</summary>
    public static global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<T>> OpenEventsAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken) =>
        OpenAsync(sending, (response, body, token) => ReadEventsAsync(response, body, JsonData(response, typeInfo, operationId, expected), operationId, token), cancellationToken);

    /// <summary>The same for events whose data is text.</summary>
    public static global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<string>> OpenEventDataAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, string operationId, global::System.Threading.CancellationToken cancellationToken) =>
        OpenAsync(sending, (response, body, token) => ReadEventsAsync(response, body, TextData, operationId, token), cancellationToken);

    /// <summary>The same for JSON lines and JSON text sequences.</summary>
    public static global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<T>> OpenJsonLinesAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool recordSeparated, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken) =>
        OpenAsync(sending, (response, body, token) => ReadJsonLinesAsync(response, body, typeInfo, recordSeparated, operationId, expected, token), cancellationToken);

    // How the items of an open body are read: an event stream's or a JSON lines reader over the response and its body.
    private delegate global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ItemsReader<T>(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream body, global::System.Threading.CancellationToken cancellationToken);

    // What an event's data becomes, read straight from its bytes.
    private delegate T DataReader<T>(global::System.ReadOnlySpan<byte> data);

    private static async global::System.Collections.Generic.IAsyncEnumerable<T> StreamAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, ItemsReader<T> read, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await send(cancellationToken).ConfigureAwait(false);
        using global::System.IO.Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (global::MindGen.Templates.ServerSentEvent<T> item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(read(response, body, cancellationToken), continueOnCapturedContext: false))
        {
            yield return item.Data;
        }
    }

    private static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiStream<T>> OpenAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, ItemsReader<T> read, global::System.Threading.CancellationToken cancellationToken)
    {
        global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        try
        {
            global::System.IO.Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new global::MindGen.Templates.ApiStream<T>(response, Headers(response), token => read(response, body, token));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // Yields each event with data as it is dispatched; ends at [DONE], throws at an error event.
    private static async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ReadEventsAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream body, DataReader<T> read, string operationId, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        var events = new ServerSentEventReader(body);
        while (await events.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (events.IsDone)
            {
                yield break;
            }

            if (events.IsError)
            {
                throw EventError(response, operationId, events.DataText());
            }

            yield return new global::MindGen.Templates.ServerSentEvent<T>(events.EventType, read(events.Data), events.LastEventId, events.Retry);
        }
    }

    private static async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.ServerSentEvent<T>> ReadJsonLinesAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream body, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool recordSeparated, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        var records = new StreamFramer(body, recordSeparated ? (byte)0x1E : (byte)'\n', splitsOnCarriageReturn: false);
        while (await records.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!IsBlank(records.Frame))
            {
                yield return new global::MindGen.Templates.ServerSentEvent<T>("message", ReadItem(response, records.Frame, typeInfo, operationId, expected), null, null);
            }
        }
    }

    private static DataReader<T> JsonData<T>(global::System.Net.Http.HttpResponseMessage response, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string operationId, string expected) =>
        data => ReadItem(response, data, typeInfo, operationId, expected);

    private static string TextData(global::System.ReadOnlySpan<byte> data) => global::System.Text.Encoding.UTF8.GetString(data);

    private static T ReadItem<T>(global::System.Net.Http.HttpResponseMessage response, global::System.ReadOnlySpan<byte> json, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string operationId, string expected)
    {
        try
        {
            return global::System.Text.Json.JsonSerializer.Deserialize(json, typeInfo) ?? throw new global::System.Text.Json.JsonException("expected an item, found null");
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw BodyMismatch(response, operationId, expected, global::System.Text.Encoding.UTF8.GetString(json), exception);
        }
    }

    private static global::MindGen.Templates.ApiException EventError(global::System.Net.Http.HttpResponseMessage response, string operationId, string data)
    {
        int status = (int)response.StatusCode;
        return new global::MindGen.Templates.ApiException("Operation '" + operationId + "' sent an error event: " + data, operationId, status, data, Headers(response), null);
    }

    private static bool IsBlank(global::System.ReadOnlySpan<byte> frame) => global::System.MemoryExtensions.Trim(frame, " \t\r\n"u8).IsEmpty;

    /// <summary>
    /// Reads server-sent events by the WHATWG rules: a leading BOM is dropped; lines end with CR, LF or CRLF; a line
    /// starting with a colon is a comment; <c>data</c> lines join with LF; <c>id</c> is kept unless it holds NUL;
    /// <c>retry</c> counts only when it is digits; a blank line dispatches an event with data, and an event the body
    /// ends before is dropped.
    /// </summary>
    private sealed class ServerSentEventReader
    {
        private readonly StreamFramer _lines;
        private byte[] _data = new byte[1024];
        private int _dataLength;
        private bool _hasData;
        private bool _started;
        private string? _eventType;
        private string? _lastEventId;

        public ServerSentEventReader(global::System.IO.Stream body) => _lines = new StreamFramer(body, (byte)'\n', splitsOnCarriageReturn: true);

        /// <summary>The dispatched event's type: its <c>event</c> field, or <c>message</c>.</summary>
        public string EventType { get; private set; } = "message";

        /// <summary>The last event ID the stream set, for a reconnection's <c>Last-Event-ID</c>.</summary>
        public string? LastEventId { get; private set; }

        /// <summary>The reconnection delay the stream asked for.</summary>
        public global::System.TimeSpan? Retry { get; private set; }

        /// <summary>The dispatched event's data, its lines joined with LF.</summary>
        public global::System.ReadOnlySpan<byte> Data => new global::System.ReadOnlySpan<byte>(_data, 0, _dataLength);

        /// <summary>Whether the event is the <c>[DONE]</c> that ends OpenAI-style streams.</summary>
        public bool IsDone => global::System.MemoryExtensions.SequenceEqual(Data, "[DONE]"u8);

        /// <summary>Whether the server reports a failure mid-stream (<c>event: error</c>).</summary>
        public bool IsError => EventType == "error";

        public string DataText() => global::System.Text.Encoding.UTF8.GetString(Data);

        /// <summary>Reads up to the next event with data; false when the body ends first.</summary>
        public async global::System.Threading.Tasks.ValueTask<bool> ReadAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            _dataLength = 0;
            while (await _lines.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (ReadLine(_lines.Frame))
                {
                    return true;
                }
            }

            return false;
        }

        // True when the line dispatches an event.
        private bool ReadLine(global::System.ReadOnlySpan<byte> line)
        {
            if (!_started)
            {
                _started = true;
                if (global::System.MemoryExtensions.StartsWith(line, "\uFEFF"u8))
                {
                    line = line.Slice(3);
                }
            }

            if (line.IsEmpty)
            {
                return Dispatch();
            }

            if (line[0] == (byte)':')
            {
                return false;
            }

            int colon = global::System.MemoryExtensions.IndexOf(line, (byte)':');
            global::System.ReadOnlySpan<byte> field = colon < 0 ? line : line.Slice(0, colon);
            global::System.ReadOnlySpan<byte> value = colon < 0 ? default : line.Slice(colon + 1);
            if (!value.IsEmpty && value[0] == (byte)' ')
            {
                value = value.Slice(1);
            }

            if (global::System.MemoryExtensions.SequenceEqual(field, "data"u8))
            {
                AppendData(value);
            }
            else if (global::System.MemoryExtensions.SequenceEqual(field, "event"u8))
            {
                _eventType = global::System.Text.Encoding.UTF8.GetString(value);
            }
            else if (global::System.MemoryExtensions.SequenceEqual(field, "id"u8) && global::System.MemoryExtensions.IndexOf(value, (byte)0) < 0)
            {
                _lastEventId = global::System.Text.Encoding.UTF8.GetString(value);
            }
            else if (global::System.MemoryExtensions.SequenceEqual(field, "retry"u8) && Milliseconds(value) is { } retry)
            {
                Retry = global::System.TimeSpan.FromMilliseconds(retry);
            }

            return false;
        }

        private void AppendData(global::System.ReadOnlySpan<byte> value)
        {
            int needed = _dataLength + value.Length + 1;
            if (needed > _data.Length)
            {
                global::System.Array.Resize(ref _data, global::System.Math.Max(needed, _data.Length * 2));
            }

            if (_hasData)
            {
                _data[_dataLength++] = (byte)'\n';
            }

            value.CopyTo(new global::System.Span<byte>(_data, _dataLength, _data.Length - _dataLength));
            _dataLength += value.Length;
            _hasData = true;
        }

        private bool Dispatch()
        {
            LastEventId = _lastEventId;
            string type = _eventType ?? "message";
            _eventType = null;
            if (!_hasData)
            {
                return false;
            }

            _hasData = false;
            EventType = type;
            return true;
        }

        private static int? Milliseconds(global::System.ReadOnlySpan<byte> digits)
        {
            long value = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                byte digit = digits[i];
                if (digit is < (byte)'0' or > (byte)'9' || (value = (value * 10) + (digit - '0')) > int.MaxValue)
                {
                    return null;
                }
            }

            return digits.IsEmpty ? null : (int)value;
        }
    }

    /// <summary>
    /// Cuts a body into frames at a separator byte as the bytes arrive, without a copy per frame: lines at LF (and, for
    /// server-sent events, at CR or CRLF), or JSON texts at RS. What follows
    /// the last separator is the last frame. The buffer grows to the longest frame.
    /// </summary>
    private sealed class StreamFramer
    {
        private readonly global::System.IO.Stream _body;
        private readonly byte _separator;
        private readonly bool _splitsOnCarriageReturn;
        private byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;
        private int _frameStart;
        private int _frameLength;
        private bool _ended;
        private bool _afterCarriageReturn;

        public StreamFramer(global::System.IO.Stream body, byte separator, bool splitsOnCarriageReturn)
        {
            _body = body;
            _separator = separator;
            _splitsOnCarriageReturn = splitsOnCarriageReturn;
        }

        /// <summary>The frame the last read found, valid until the next read.</summary>
        public global::System.ReadOnlySpan<byte> Frame => new global::System.ReadOnlySpan<byte>(_buffer, _frameStart, _frameLength);

        /// <summary>Finds the next frame; false when the body has ended and every frame was read.</summary>
        public async global::System.Threading.Tasks.ValueTask<bool> ReadAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            while (!TakeFrame())
            {
                if (_ended)
                {
                    return TakeRest();
                }

                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        private bool TakeFrame()
        {
            // A CR ended the last line; an LF right after it belongs to the same line end.
            if (_afterCarriageReturn && _start < _end)
            {
                _afterCarriageReturn = false;
                if (_buffer[_start] == (byte)'\n')
                {
                    _start++;
                }
            }

            global::System.ReadOnlySpan<byte> pending = new global::System.ReadOnlySpan<byte>(_buffer, _start, _end - _start);
            int index = _splitsOnCarriageReturn ? global::System.MemoryExtensions.IndexOfAny(pending, _separator, (byte)'\r') : global::System.MemoryExtensions.IndexOf(pending, _separator);
            if (index < 0)
            {
                return false;
            }

            _afterCarriageReturn = pending[index] == (byte)'\r';
            _frameStart = _start;
            _frameLength = index;
            _start += index + 1;
            return true;
        }

        private bool TakeRest()
        {
            if (_start == _end)
            {
                return false;
            }

            _frameStart = _start;
            _frameLength = _end - _start;
            _start = _end;
            return true;
        }

        private async global::System.Threading.Tasks.ValueTask FillAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            if (_start > 0)
            {
                global::System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                global::System.Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            int read = await _body.ReadAsync(new global::System.Memory<byte>(_buffer, _end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
            _ended = read == 0;
            _end += read;
        }
    }
}

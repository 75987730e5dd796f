// Template: the readers under a client's runtime's streams (ClientRuntime.EventStreams.cs): server-sent events by the
// WHATWG rules, over a framer that cuts a body into lines or records as the bytes arrive. Emitted with it.
// Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
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

        /// <param name="body">The response's body.</param>
        /// <param name="lastEventId">The last event ID before this body: a reconnection keeps it until the server sets another.</param>
        public ServerSentEventReader(global::System.IO.Stream body, string? lastEventId)
        {
            _lines = new StreamFramer(body, (byte)'\n', splitsOnCarriageReturn: true);
            _lastEventId = lastEventId;
            LastEventId = lastEventId;
        }

        /// <summary>The dispatched event's type: its <c>event</c> field, or <c>message</c>.</summary>
        public string EventType { get; private set; } = "message";

        /// <summary>The last event ID the stream set, for a reconnection's <c>Last-Event-ID</c>.</summary>
        public string? LastEventId { get; private set; }

        /// <summary>The reconnection delay the stream asked for.</summary>
        public global::System.TimeSpan? Retry { get; private set; }

        /// <summary>The dispatched event's data, its lines joined with LF.</summary>
        public global::System.ReadOnlySpan<byte> Data => new global::System.ReadOnlySpan<byte>(_data, 0, _dataLength);

        /// <summary>Whether the event's data is <paramref name="utf8"/>: the <c>[DONE]</c> that ends OpenAI-style streams.</summary>
        public bool DataIs(byte[] utf8) => global::System.MemoryExtensions.SequenceEqual(Data, utf8);

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

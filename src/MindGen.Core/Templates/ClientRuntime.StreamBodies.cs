// Template: the part of a client's runtime class (<Client>Runtime) that writes the request bodies of streams: JSON lines
// (or a JSON text sequence) sent chunked as the items come, and a JSON body whose boolean member asks for a stream or
// for one answer (OpenAI's stream). Emitted with ClientRuntime.EventStreams.cs.
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
                if (!isFlag)
                {
                    if (reader.ValueIsEscaped)
                    {
                        writer.WritePropertyName(reader.GetString()!);
                    }
                    else
                    {
                        writer.WritePropertyName(reader.ValueSpan);
                    }
                }

                reader.Read();
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (!isFlag)
                {
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
    /// A request body of JSON lines (or, <paramref name="recordSeparated"/>, a JSON text sequence) written as the items
    /// come: chunked, never buffered whole, each item flushed so that a live stream reaches the server as it goes.
    /// </summary>
    public static global::System.Net.Http.HttpContent CreateJsonLinesContent<T>(global::System.Collections.Generic.IAsyncEnumerable<T> items, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string mediaType, bool recordSeparated)
    {
        var content = new JsonLinesContent<T>(items, typeInfo, recordSeparated);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    private sealed class JsonLinesContent<T> : global::System.Net.Http.HttpContent
    {
        private readonly global::System.Collections.Generic.IAsyncEnumerable<T> _items;
        private readonly global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> _typeInfo;
        private readonly bool _recordSeparated;

        public JsonLinesContent(global::System.Collections.Generic.IAsyncEnumerable<T> items, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool recordSeparated)
        {
            _items = items;
            _typeInfo = typeInfo;
            _recordSeparated = recordSeparated;
        }

        protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context) =>
            SerializeToStreamAsync(stream, context, default);

        protected override async global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(4096);
            using var writer = new global::System.Text.Json.Utf8JsonWriter(buffer);
            await foreach (T item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.WithCancellation(_items, cancellationToken).ConfigureAwait(false))
            {
                buffer.Clear();
                writer.Reset(buffer);
                if (_recordSeparated)
                {
                    buffer.GetSpan(1)[0] = 0x1E;
                    buffer.Advance(1);
                }

                global::System.Text.Json.JsonSerializer.Serialize(writer, item, _typeInfo);
                writer.Flush();
                buffer.GetSpan(1)[0] = (byte)'\n';
                buffer.Advance(1);
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Unknown until the items have come: sent chunked.
        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

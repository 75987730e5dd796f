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
}

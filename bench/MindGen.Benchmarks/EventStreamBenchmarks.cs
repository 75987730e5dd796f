using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Events;

namespace MindGen.Benchmarks;

/// <summary>
/// 50,000 server-sent events of chat chunks as OpenAI sends them (<c>data: {json}</c>, a blank line, <c>data: [DONE]</c>),
/// about 5 MB, answered from memory: the generated client's <c>CreateChatCompletionStreamingAsync</c> (MindGen's
/// emitted parser, items read by the generated context) against the BCL's <c>SseParser</c> (.NET 9+) reading the same
/// items with System.Text.Json's source generator, the usual hand-written way, and with MindGen's context.
/// </summary>
[MemoryDiagnoser]
public class EventStreamBenchmarks
{
    private const int Count = 50_000;
    private byte[] _body = [];
    private HttpClient _http = null!;
    private EventsClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            text.Append("data: {\"id\":\"chatcmpl-").Append(i).Append("\",\"delta\":\"a token or two of the answer, ").Append(i).Append("\"}\n\n");
        }

        _body = Encoding.UTF8.GetBytes(text.Append("data: [DONE]\n\n").ToString());
        _http = new HttpClient(new MemoryHandler(_body)) { BaseAddress = new Uri("http://events.invalid/") };
        _client = new EventsClient(_http);
    }

    [Benchmark(Description = "MindGen client, StreamingAsync")]
    public async Task<int> MindGen()
    {
        int count = 0;
        await foreach (ChatChunk _ in _client.CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m" }))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Baseline = true, Description = "BCL SseParser + STJ source-gen")]
    public async Task<int> SseParser_Stj() => await CountAsync((type, data) => JsonSerializer.Deserialize(data, StjEventsContext.Default.ChatChunk)!.Delta);

    [Benchmark(Description = "BCL SseParser + MindGen context")]
    public async Task<int> SseParser_MindGenContext() => await CountAsync((type, data) => JsonSerializer.Deserialize(data, EventsJsonContext.Default.ChatChunk)!.Delta);

    // The hand-written way: send, open the body, parse with SseParser, stop at [DONE].
    private async Task<int> CountAsync(SseItemParser<string?> read)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions");
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        int count = 0;
        await foreach (SseItem<string?> item in SseParser.Create(body, (type, data) => data.SequenceEqual("[DONE]"u8) ? null : read(type, data)).EnumerateAsync())
        {
            if (item.Data is null)
            {
                break;
            }

            count++;
        }

        return count;
    }

    private sealed class MemoryHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(body, writable: false));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>The chat chunk of Specs/events.yaml, written by hand for System.Text.Json's source generator.</summary>
public sealed class StjChatChunk
{
    [JsonPropertyName("id")]
    public required string Id { get; set; }

    [JsonPropertyName("delta")]
    public required string Delta { get; set; }
}

[JsonSerializable(typeof(StjChatChunk), TypeInfoPropertyName = "ChatChunk")]
public sealed partial class StjEventsContext : JsonSerializerContext;

using System.Text;
using System.Text.Json;
using Events;
using Microsoft.AspNetCore.Http;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// Responses that are streams of items (Specs/events.yaml, Specs/ticks.yaml): server-sent events beside JSON as
/// OpenAI answers, text events, JSON lines, JSON text sequences and OpenAPI 3.2's itemSchema, each written by a real
/// server in odd chunks so that every line and event ends up cut somewhere.
/// </summary>
public sealed class EventStreamTests
{
    [Fact]
    public async Task The_plain_method_asks_for_JSON_and_sends_the_flag_false()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """{"id":"c1","text":"hello"}""");
        using HttpClient http = server.CreateClient();

        ChatCompletion completion = await new EventsClient(http).CreateChatCompletionAsync(new ChatRequest { Model = "m", Stream = true, Prompt = "hi" });

        Assert.Equal("hello", completion.Text);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("""{"model":"m","prompt":"hi","stream":false}""", request.Body);
    }

    [Fact]
    public async Task The_streaming_method_asks_for_events_sends_the_flag_true_and_ends_at_DONE()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 3,
            ": keep-alive\r\n\r\n",
            "data: {\"id\":\"c1\",\"delta\":\"Hel\"}\r\n\r\n",
            "data: {\"id\":\"c1\",\r\ndata: \"delta\":\"lo\"}\r\n\r\n",
            "data: [DONE]\r\n\r\n",
            "data: {\"id\":\"after\",\"delta\":\"never read\"}\r\n\r\n");
        using HttpClient http = server.CreateClient();

        List<ChatChunk> chunks = await ListAsync(new EventsClient(http).CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m", Stream = false }));

        Assert.Equal(["Hel", "lo"], chunks.Select(chunk => chunk.Delta));
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("text/event-stream", request.Headers["Accept"]);
        Assert.Equal("""{"model":"m","stream":true}""", request.Body);
    }

    [Fact]
    public async Task Events_follow_the_WHATWG_rules_whatever_the_line_ends_and_chunks()
    {
        // A BOM, CR, LF and CRLF line ends, a comment, data without the space after the colon, two data lines that
        // join with LF, an event with only a type (no data: not dispatched), retry and id lines, and a last event the
        // body ends before its blank line (dropped).
        string body = "\uFEFFdata: one\n\n:comment\rdata:two\r\rdata: three\r\ndata: lines\r\n\r\nevent: ping\n\nretry: 1500\nid: 7\ndata: four\n\ndata: cut off";
        foreach (int chunk in new[] { 1, 2, 5, 1000 })
        {
            await using LoopbackServer server = await ServingAsync("text/event-stream", chunk, body);
            using HttpClient http = server.CreateClient();

            List<string> lines = await ListAsync(new EventsClient(http).TailLogsStreamingAsync(service: "api"));

            Assert.Equal(["one", "two", "three\nlines", "four"], lines);
            Assert.Equal("/logs?service=api", Assert.Single(server.Requests).PathAndQuery);
        }
    }

    [Fact]
    public async Task An_error_event_throws_ApiException_with_its_data()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 7,
            "data: first\n\n",
            "event: error\ndata: {\"message\":\"overloaded\"}\n\n",
            "data: never\n\n");
        using HttpClient http = server.CreateClient();

        (List<string> lines, ApiException exception) = await ListUntilThrownAsync<string, ApiException>(new EventsClient(http).TailLogsStreamingAsync());

        Assert.Equal(["first"], lines);
        Assert.Equal("tailLogs", exception.OperationId);
        Assert.Equal("{\"message\":\"overloaded\"}", exception.ResponseBody);
        Assert.Contains("sent an error event", exception.Message);
    }

    [Fact]
    public async Task An_unsuccessful_status_throws_before_the_first_item()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(400, """{"message":"no model"}""");
        using HttpClient http = server.CreateClient();

        ApiException<Problem> exception = await Assert.ThrowsAsync<ApiException<Problem>>(async () =>
        {
            await foreach (ChatChunk chunk in new EventsClient(http).CreateChatCompletionStreamingAsync(new ChatRequest { Model = "" }))
            {
                Assert.Fail("no item comes from an error");
            }
        });

        Assert.Equal(400, exception.StatusCode);
        Assert.Equal("no model", exception.Error.Message);
    }

    [Fact]
    public async Task With_response_the_status_and_headers_come_first_and_events_keep_their_type_id_and_retry()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 4,
            "retry: 2500\n",
            "event: line\nid: 41\ndata: first\n\n",
            "data: second\n\n",
            "event: line\nid: 42\ndata: third\n\n");
        using HttpClient http = server.CreateClient();

        await using ApiStream<string> stream = await new EventsClient(http).TailLogsStreamingWithResponseAsync();

        Assert.Equal(200, stream.StatusCode);
        Assert.StartsWith("text/event-stream", Assert.Single(stream.Headers["Content-Type"]));
        List<ServerSentEvent<string>> events = await ListAsync(stream.Events);
        Assert.Equal(["line:first:41", "message:second:41", "line:third:42"], events.Select(e => $"{e.EventType}:{e.Data}:{e.LastEventId}"));
        Assert.All(events, e => Assert.Equal(TimeSpan.FromMilliseconds(2500), e.Retry));
        Assert.Equal("42", stream.LastEventId);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await ListAsync(stream));
    }

    [Fact]
    public async Task With_response_an_unsuccessful_status_throws_at_the_await()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(400, """{"message":"slow down"}""");
        using HttpClient http = server.CreateClient();

        ApiException<Problem> exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => new EventsClient(http).CreateChatCompletionStreamingWithResponseAsync(new ChatRequest { Model = "m" }));

        Assert.Equal("slow down", exception.Error.Message);
        Assert.Equal("text/event-stream", Assert.Single(server.Requests).Headers["Accept"]);
    }

    [Fact]
    public async Task With_response_JSON_lines_read_as_items()
    {
        await using LoopbackServer server = await ServingAsync("application/x-ndjson", chunk: 3, "{\"id\":1}\n{\"id\":2}\n");
        using HttpClient http = server.CreateClient();

        using ApiStream<Item> stream = await new EventsClient(http).ExportItemsStreamingWithResponseAsync();

        Assert.Equal([1L, 2L], (await ListAsync(stream)).Select(item => item.Id));
    }

    [Fact]
    public async Task Ferns_flat_x_fern_streaming_true_streams_the_JSON_a_line_each()
    {
        await using LoopbackServer server = await ServingAsync("application/json", chunk: 5, "{\"id\":1,\"name\":\"start\"}\n{\"id\":2,\"name\":\"done\"}\n");
        using HttpClient http = server.CreateClient();

        List<Item> lines = await ListAsync(new EventsClient(http).JobLogsStreamingAsync("j1"));

        Assert.Equal(["start", "done"], lines.Select(line => line.Name));
        Assert.Equal("application/json", Assert.Single(server.Requests).Headers["Accept"]);
        // Nothing but the stream: the plain method hands over the body unread.
        Assert.Equal(typeof(Task<Stream>), typeof(IEventsClient).GetMethod(nameof(IEventsClient.JobLogsAsync))!.ReturnType);
    }

    [Fact]
    public async Task Fern_streaming_asks_by_the_stream_condition_and_ends_at_its_terminator()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 8,
            "data: {\"id\":\"c\",\"delta\":\"a\"}\n\n",
            "data: [END]\n\n",
            "data: {\"id\":\"c\",\"delta\":\"never\"}\n\n");
        using HttpClient http = server.CreateClient();

        List<ChatChunk> chunks = await ListAsync(new EventsClient(http).CompleteStreamingAsync(new ChatRequest { Model = "m" }));

        Assert.Equal(["a"], chunks.Select(chunk => chunk.Delta));
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("text/event-stream", request.Headers["Accept"]);
        Assert.Equal("""{"model":"m","stream":true}""", request.Body);
    }

    [Fact]
    public async Task A_Speakeasy_sentinel_ends_the_stream_and_DONE_is_then_data()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 5, "data: [DONE]\n\n", "data: <<EOF>>\n\n", "data: never\n\n");
        using HttpClient http = server.CreateClient();

        Assert.Equal(["[DONE]"], await ListAsync(new EventsClient(http).FeedStreamingAsync()));
    }

    [Fact]
    public async Task JSON_lines_skip_blank_lines_and_tolerate_CRLF()
    {
        await using LoopbackServer server = await ServingAsync("application/x-ndjson", chunk: 4,
            "{\"id\":1,\"name\":\"a\"}\r\n",
            "\n",
            "{\"id\":2}\n",
            "  \n",
            "{\"id\":3,\"name\":\"c\"}");
        using HttpClient http = server.CreateClient();

        List<Item> items = await ListAsync(new EventsClient(http).ExportItemsStreamingAsync());

        Assert.Equal([1L, 2L, 3L], items.Select(item => item.Id));
        Assert.Equal("application/x-ndjson", Assert.Single(server.Requests).Headers["Accept"]);
    }

    [Fact]
    public async Task A_JSON_text_sequence_splits_at_record_separators()
    {
        await using LoopbackServer server = await ServingAsync("application/json-seq", chunk: 5,
            "\u001e{\"id\":1}\n",
            "\u001e{\"id\":2,\n\"name\":\"two lines\"}\n",
            "\u001e{\"id\":3}\n");
        using HttpClient http = server.CreateClient();

        List<Item> items = await ListAsync(new EventsClient(http).ExportRecordsStreamingAsync());

        Assert.Equal([1L, 2L, 3L], items.Select(item => item.Id));
        Assert.Equal("two lines", items[1].Name);
    }

    [Fact]
    public async Task A_malformed_line_stops_the_stream_with_ApiException_naming_the_line()
    {
        await using LoopbackServer server = await ServingAsync("application/x-ndjson", chunk: 100, "{\"id\":1}\n{\"id\":\"two\"}\n{\"id\":3}\n");
        using HttpClient http = server.CreateClient();

        (List<Item> items, ApiException exception) = await ListUntilThrownAsync<Item, ApiException>(new EventsClient(http).ExportItemsStreamingAsync());

        Assert.Equal([1L], items.Select(item => item.Id));
        Assert.Equal("{\"id\":\"two\"}", exception.ResponseBody);
        Assert.IsType<JsonException>(exception.InnerException);
    }

    [Fact]
    public async Task Nothing_is_sent_before_enumeration_and_cancelling_stops_the_stream()
    {
        var release = new TaskCompletionSource();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/x-ndjson";
            await context.Response.WriteAsync("{\"id\":1}\n");
            await context.Response.Body.FlushAsync();
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        });
        using HttpClient http = server.CreateClient();
        using var cancellation = new CancellationTokenSource();

        IAsyncEnumerable<Item> items = new EventsClient(http).ExportItemsStreamingAsync();
        Assert.Empty(server.Requests);

        var ids = new List<long>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in items.WithCancellation(cancellation.Token))
            {
                ids.Add(item.Id);
                await cancellation.CancelAsync();
            }
        });

        release.SetResult();
        Assert.Equal([1L], ids);
    }

    [Fact]
    public async Task OpenAPI_32_itemSchema_reads_the_JSON_an_events_data_holds()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 6,
            "event: tick\nid: 1\ndata: {\"symbol\":\"ACME\",\"price\":1.5}\n\n",
            "event: tick\nid: 2\ndata: {\"symbol\":\"ACME\",\"price\":1.75}\n\n");
        using HttpClient http = server.CreateClient();

        List<Ticks.Tick> ticks = await ListAsync(new Ticks.TicksClient(http).WatchTicksStreamingAsync());

        Assert.Equal([1.5, 1.75], ticks.Select(tick => tick.Price));
    }

    [Fact]
    public async Task OpenAPI_32_named_events_are_a_class_each_and_an_event_the_spec_does_not_name_is_kept()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 5,
            "event: tick\ndata: {\"symbol\":\"ACME\",\"price\":1.5}\n\n",
            "event: note\ndata: market opens\n\n",
            "event: volume\ndata: 1200\n\n",
            "event: halt\ndata: {\"reason\":\"news\"}\n\n",
            "event: Unknown\ndata: named so\n\n");
        using HttpClient http = server.CreateClient();

        List<Ticks.WatchMarketEvent> events = await ListAsync(new Ticks.TicksClient(http).WatchMarketStreamingAsync());

        Assert.Equal(1.5, Assert.IsType<Ticks.WatchMarketEvent.Tick>(events[0]).Data.Price);
        Assert.Equal("market opens", Assert.IsType<Ticks.WatchMarketEvent.Note>(events[1]).Data);
        Assert.Equal(1200L, Assert.IsType<Ticks.WatchMarketEvent.Volume>(events[2]).Data);
        Ticks.WatchMarketEvent.Unknown halt = Assert.IsType<Ticks.WatchMarketEvent.Unknown>(events[3]);
        Assert.Equal(("halt", "{\"reason\":\"news\"}"), (halt.EventType, halt.Data));
        // An event the spec names "Unknown" has a class of its own beside the one for events it does not name.
        Assert.Equal(("Unknown", "named so"), (events[4].EventType, Assert.IsType<Ticks.WatchMarketEvent.Unknown2>(events[4]).Data));
    }

    [Fact]
    public async Task A_named_events_data_that_is_not_what_the_spec_says_throws_naming_the_operation()
    {
        await using LoopbackServer server = await ServingAsync("text/event-stream", chunk: 64, "event: volume\ndata: lots\n\n");
        using HttpClient http = server.CreateClient();

        Ticks.ApiException exception = await Assert.ThrowsAsync<Ticks.ApiException>(() => ListAsync(new Ticks.TicksClient(http).WatchMarketStreamingAsync()));

        Assert.Contains("watchMarket", exception.Message);
        Assert.Equal("lots", exception.ResponseBody);
    }

    [Fact]
    public async Task OpenAPI_32_itemSchema_on_JSON_lines()
    {
        await using LoopbackServer server = await ServingAsync("application/jsonl", chunk: 9, "{\"symbol\":\"A\",\"price\":1}\n{\"symbol\":\"B\",\"price\":2}\n");
        using HttpClient http = server.CreateClient();

        List<Ticks.Tick> ticks = await ListAsync(new Ticks.TicksClient(http).TickHistoryStreamingAsync());

        Assert.Equal(["A", "B"], ticks.Select(tick => tick.Symbol));
    }

    [Fact]
    public async Task An_upload_of_JSON_lines_sends_the_items_as_they_come_chunked()
    {
        const int Count = 100_000;
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Request.Body.Position = 0;
            int lines = 0;
            using var reader = new StreamReader(context.Request.Body);
            while (await reader.ReadLineAsync() is { } line)
            {
                Assert.Equal(lines, JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64());
                lines++;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"count":{{lines}}}""");
        });
        using HttpClient http = server.CreateClient();

        ImportItemsResponse result = await new EventsClient(http).ImportItemsAsync(ItemsAsync(Count));

        Assert.Equal(Count, result.Count);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("application/x-ndjson", request.Headers["Content-Type"]);
        // Never buffered whole: no length up front, the body goes as the items come.
        Assert.Equal("chunked", request.Headers["Transfer-Encoding"]);
        Assert.False(request.Headers.ContainsKey("Content-Length"));
        Assert.StartsWith("{\"id\":0,\"name\":\"item 0\"}\n{\"id\":1,", request.Body);

        static async IAsyncEnumerable<Item> ItemsAsync(int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (i % 10_000 == 0)
                {
                    await Task.Yield();
                }

                yield return new Item { Id = i, Name = "item " + i };
            }
        }
    }

    [Fact]
    public async Task Two_hundred_MB_of_JSON_lines_stream_with_flat_memory()
    {
        // About 200 MB of lines, written as the server goes; the client must never hold them all.
        const int count = 2_000_000;
        string padding = new('x', 80);
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/x-ndjson";
            var chunk = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                chunk.Append("{\"id\":").Append(i).Append(",\"name\":\"").Append(padding).Append("\"}\n");
                if (chunk.Length > 64 * 1024)
                {
                    await context.Response.WriteAsync(chunk.ToString());
                    chunk.Clear();
                }
            }

            await context.Response.WriteAsync(chunk.ToString());
        });
        using HttpClient http = server.CreateClient();

        GC.Collect();
        long heapBaseline = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetBaseline = Environment.WorkingSet;
        long heapPeak = 0;
        long workingSetPeak = 0;
        long seen = 0;
        await foreach (Item item in new EventsClient(http).ExportItemsStreamingAsync())
        {
            Assert.Equal(seen++, item.Id);
            if (seen % 50_000 == 0)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false) - heapBaseline);
                workingSetPeak = Math.Max(workingSetPeak, Environment.WorkingSet - workingSetBaseline);
            }
        }

        Assert.Equal(count, seen);
        // The process (server and client, this test host) grows by less than half of what went through it.
        Assert.True(heapPeak < 64L * 1024 * 1024, $"the managed heap grew by {heapPeak / (1024 * 1024)} MB while streaming about 200 MB");
        Assert.True(workingSetPeak < 100L * 1024 * 1024, $"the working set grew by {workingSetPeak / (1024 * 1024)} MB while streaming about 200 MB");
    }

    // A server that writes the parts as one body, `chunk` bytes at a time with a flush after each, so that the
    // client's reads end at every possible place in a line.
    private static Task<LoopbackServer> ServingAsync(string contentType, int chunk, params string[] parts) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = contentType;
            byte[] body = Encoding.UTF8.GetBytes(string.Concat(parts));
            for (int offset = 0; offset < body.Length; offset += chunk)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(chunk, body.Length - offset)));
                await context.Response.Body.FlushAsync();
            }
        });
}

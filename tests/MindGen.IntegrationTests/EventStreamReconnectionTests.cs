using System.Text;
using Events;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// A stream of events that drops or stalls (Specs/events.yaml, a real server aborting or going quiet): it resumes
/// after the last event ID where that repeats nothing, and otherwise says what happened.
/// </summary>
public sealed class EventStreamReconnectionTests
{
    private static readonly EventsClientOptions Fast = new() { Streams = { RetryDelay = TimeSpan.FromMilliseconds(10) } };

    [Fact]
    public async Task A_dropped_GET_resumes_after_the_last_event_id()
    {
        await using LoopbackServer server = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, "retry: 20\nid: 1\ndata: a\n\n"),
            async (context, _) => await WriteAsync(context, "id: 2\ndata: b\n\ndata: c\n\n"));
        using HttpClient http = server.CreateClient();

        List<string> lines = await ListAsync(new EventsClient(http, Fast).TailLogsStreamingAsync(service: "api"));

        Assert.Equal(["a", "b", "c"], lines);
        Assert.Equal(2, server.Requests.Count);
        Assert.False(server.Requests[0].Headers.ContainsKey("Last-Event-ID"));
        Assert.Equal("1", server.Requests[1].Headers["Last-Event-ID"]);
        Assert.Equal("/logs?service=api", server.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task With_response_the_events_show_the_id_across_the_reconnection()
    {
        await using LoopbackServer server = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, "id: 7\ndata: a\n\n"),
            async (context, _) => await WriteAsync(context, "data: b\n\n"));
        using HttpClient http = server.CreateClient();

        await using ApiStream<string> stream = await new EventsClient(http, Fast).TailLogsStreamingWithResponseAsync();
        List<ServerSentEvent<string>> events = await ListAsync(stream.Events);

        // The ID persists across the reconnection until the server sets another.
        Assert.Equal(["a:7", "b:7"], events.Select(item => $"{item.Data}:{item.LastEventId}"));
        Assert.Equal("7", stream.LastEventId);
    }

    [Fact]
    public async Task A_stream_without_ids_is_not_sent_again()
    {
        await using LoopbackServer server = await AnsweringAsync(async (context, _) => await DropAfterAsync(context, "data: a\n\n"));
        using HttpClient http = server.CreateClient();

        (List<string> lines, _) = await ListUntilThrownAsync<string, IOException>(new EventsClient(http, Fast).TailLogsStreamingAsync());

        Assert.Equal(["a"], lines);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_POST_is_not_sent_again_unless_the_options_say_so()
    {
        const string Chunk = "id: 1\ndata: {\"id\":\"c\",\"delta\":\"x\"}\n\n";
        await using LoopbackServer once = await AnsweringAsync(async (context, _) => await DropAfterAsync(context, Chunk));
        using HttpClient onceHttp = once.CreateClient();

        (List<ChatChunk> read, _) = await ListUntilThrownAsync<ChatChunk, IOException>(new EventsClient(onceHttp, Fast).CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m" }));
        Assert.Equal(["x"], read.Select(chunk => chunk.Delta));
        Assert.Single(once.Requests);

        await using LoopbackServer twice = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, Chunk),
            async (context, _) => await WriteAsync(context, "data: {\"id\":\"c\",\"delta\":\"y\"}\n\n"));
        using HttpClient twiceHttp = twice.CreateClient();
        var options = new EventsClientOptions { Streams = { RetryDelay = TimeSpan.Zero, ReconnectsOtherMethods = true } };

        List<ChatChunk> resumed = await ListAsync(new EventsClient(twiceHttp, options).CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m" }));

        Assert.Equal(["x", "y"], resumed.Select(chunk => chunk.Delta));
        Assert.Equal("1", twice.Requests[1].Headers["Last-Event-ID"]);
        Assert.Contains("\"stream\":true", twice.Requests[1].Body);
    }

    [Fact]
    public async Task A_204_to_a_reconnection_ends_the_stream_and_attempts_run_out()
    {
        await using LoopbackServer ended = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, "id: 1\ndata: a\n\n"),
            (context, _) => { context.Response.StatusCode = 204; return Task.CompletedTask; });
        using HttpClient endedHttp = ended.CreateClient();
        Assert.Equal(["a"], await ListAsync(new EventsClient(endedHttp, Fast).TailLogsStreamingAsync()));

        // The first answer sends an event and drops; every later one drops before sending any: two attempts, then the failure.
        await using LoopbackServer dropping = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, "id: 1\ndata: a\n\n"),
            async (context, _) => await DropAfterAsync(context, ": nothing yet\n"));
        using HttpClient droppingHttp = dropping.CreateClient();
        var options = new EventsClientOptions { Streams = { RetryDelay = TimeSpan.Zero, MaxReconnectAttempts = 2 } };
        (List<string> lines, _) = await ListUntilThrownAsync<string, IOException>(new EventsClient(droppingHttp, options).TailLogsStreamingAsync());

        Assert.Equal(["a"], lines);
        Assert.Equal(3, dropping.Requests.Count);
        Assert.All(dropping.Requests.Skip(1), request => Assert.Equal("1", request.Headers["Last-Event-ID"]));
    }

    [Fact]
    public async Task A_reconnection_the_server_refuses_counts_as_an_attempt_and_the_next_resumes()
    {
        await using LoopbackServer server = await AnsweringAsync(
            async (context, _) => await DropAfterAsync(context, "id: 1\ndata: a\n\n"),
            (context, _) => { context.Abort(); return Task.CompletedTask; },
            async (context, _) => await WriteAsync(context, "data: b\n\n"));
        using HttpClient http = server.CreateClient();

        List<string> lines = await ListAsync(new EventsClient(http, Fast).TailLogsStreamingAsync());

        Assert.Equal(["a", "b"], lines);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("1", server.Requests[2].Headers["Last-Event-ID"]);
    }

    [Fact]
    public async Task A_stalled_stream_times_out_or_resumes()
    {
        var release = new TaskCompletionSource();
        await using LoopbackServer stalled = await AnsweringAsync(async (context, _) => await StallAfterAsync(context, "data: a\n\n", release.Task));
        using HttpClient stalledHttp = stalled.CreateClient();
        var options = new EventsClientOptions { Streams = { IdleTimeout = TimeSpan.FromSeconds(1) } };

        (List<string> lines, TimeoutException timeout) = await ListUntilThrownAsync<string, TimeoutException>(new EventsClient(stalledHttp, options).TailLogsStreamingAsync());

        Assert.Equal(["a"], lines);
        Assert.Contains("'tailLogs' sent nothing for 00:00:01", timeout.Message);

        await using LoopbackServer resumed = await AnsweringAsync(
            async (context, _) => await StallAfterAsync(context, "id: 5\ndata: a\n\n", release.Task),
            async (context, _) => await WriteAsync(context, "data: b\n\n"));
        using HttpClient resumedHttp = resumed.CreateClient();
        options.Streams.RetryDelay = TimeSpan.Zero;
        Assert.Equal(["a", "b"], await ListAsync(new EventsClient(resumedHttp, options).TailLogsStreamingAsync()));
        Assert.Equal("5", resumed.Requests[1].Headers["Last-Event-ID"]);
        release.SetResult();
    }

    [Fact]
    public async Task Stalled_JSON_lines_time_out()
    {
        var release = new TaskCompletionSource();
        await using LoopbackServer server = await AnsweringAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/x-ndjson";
            await StallAfterAsync(context, "{\"id\":1}\n", release.Task);
        });
        using HttpClient http = server.CreateClient();
        var options = new EventsClientOptions { Streams = { IdleTimeout = TimeSpan.FromSeconds(1) } };

        await Assert.ThrowsAsync<TimeoutException>(() => ListAsync(new EventsClient(http, options).ExportItemsStreamingAsync()));
        release.SetResult();
    }

    // A server whose n-th request (from 0) the n-th handler answers, the last one every later request.
    private static Task<LoopbackServer> AnsweringAsync(params Func<HttpContext, int, Task>[] handlers)
    {
        int count = 0;
        return LoopbackServer.StartAsync(context =>
        {
            int index = Interlocked.Increment(ref count) - 1;
            return handlers[Math.Min(index, handlers.Length - 1)](context, index);
        });
    }

    private static async Task WriteAsync(HttpContext context, string events)
    {
        if (context.Response.ContentType is null)
        {
            context.Response.ContentType = "text/event-stream";
        }

        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(events));
        await context.Response.Body.FlushAsync();
    }

    // Sends the events, then cuts the connection as a network failure would.
    private static async Task DropAfterAsync(HttpContext context, string events)
    {
        await WriteAsync(context, events);
        await Task.Delay(50);
        context.Abort();
    }

    private static async Task StallAfterAsync(HttpContext context, string events, Task release)
    {
        await WriteAsync(context, events);
        await Task.WhenAny(release, Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }));
    }

}

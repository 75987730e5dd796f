using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// The options' built-in retry (off by default): a transient failure of an operation that may be sent twice is sent
/// again after the server's Retry-After or a doubling delay; a POST is sent once; a wait longer than allowed surfaces.
/// </summary>
public sealed class RetryTests
{
    private static readonly EnneoMindClientOptions Retrying = new() { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(10) } };

    [Theory]
    [InlineData(503, null)]
    [InlineData(429, "0")]
    [InlineData(500, "1")]
    public async Task A_GET_that_fails_for_a_moment_is_sent_again(int status, string? retryAfter)
    {
        await using LoopbackServer server = await FailingFirstAsync(status, retryAfter, "[]");
        using HttpClient http = server.CreateClient("api/mind/");

        IReadOnlyList<TicketWorklog> worklogs = await new EnneoMindClient(http, Retrying).GetTicketWorklogsAsync(1);

        Assert.Empty(worklogs);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Without_retries_configured_a_503_is_sent_once()
    {
        await using LoopbackServer server = await FailingFirstAsync(503, null, "[]");
        using HttpClient http = server.CreateClient("api/mind/");

        await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_POST_answered_500_is_sent_once()
    {
        await using LoopbackServer server = await FailingFirstAsync(500, null, """{"id":"c1","text":"hello"}""");
        using HttpClient http = server.CreateClient();
        var options = new Events.EventsClientOptions { Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(10) } };

        await Assert.ThrowsAsync<Events.ApiException>(() => new Events.EventsClient(http, options).CompleteAsync(new Events.ChatRequest { Model = "m" }));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_POST_with_an_idempotency_key_is_sent_again_with_the_same_key()
    {
        await using LoopbackServer server = await FailingFirstAsync(503, null, """{"id":"c1","text":"hello"}""");
        using HttpClient http = server.CreateClient();
        var options = new Events.EventsClientOptions { Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(10) } };
        var keyed = new Events.RequestOptions { Headers = { ["Idempotency-Key"] = "k-1" } };

        await new Events.EventsClient(http, options).CompleteAsync(new Events.ChatRequest { Model = "m" }, requestOptions: keyed);

        Assert.Equal(["k-1", "k-1"], server.Requests.Select(request => request.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task A_server_asking_to_wait_longer_than_allowed_gets_its_failure_surfaced()
    {
        await using LoopbackServer server = await FailingFirstAsync(503, "120", "[]");
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http, Retrying).GetTicketWorklogsAsync(1));

        Assert.Equal(TimeSpan.FromMinutes(2), exception.RetryAfter);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_is_sent_again_and_attempts_run_out()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("api/mind/");

        await Assert.ThrowsAsync<HttpRequestException>(() => new EnneoMindClient(http, Retrying).GetTicketWorklogsAsync(1));

        Assert.Equal(3, server.Requests.Count);
    }

    // Answers the first request with the status (and Retry-After), every later one with 200 and the body.
    private static Task<LoopbackServer> FailingFirstAsync(int status, string? retryAfter, string body)
    {
        int calls = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = status;
                if (retryAfter is not null)
                {
                    context.Response.Headers["Retry-After"] = retryAfter;
                }

                await context.Response.WriteAsync("""{"message":"busy"}""");
                return;
            }

            await context.Response.WriteAsync(body);
        });
    }
}

using Enneo.Mind;
using Features;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// The per-call options every operation method takes last: headers that join (or replace) the operation's own, and a
/// timeout for the wait for the response that fails as HttpClient's own does, against servers on 127.0.0.1.
/// </summary>
public sealed class RequestOptionsTests
{
    [Fact]
    public async Task Headers_join_the_request_and_replace_one_of_their_name_credentials_included()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(204, string.Empty);
        using HttpClient http = server.CreateClient("v2/");
        var perCall = new Features.RequestOptions { Headers = { ["x-request-id"] = "r-1", ["Authorization"] = "Bearer per-call" } };

        await new FeaturesClient(http, new FeaturesClientOptions { SharedKeyToken = "s3cr3t" }).GetReportAsync(2025, requestOptions: perCall);

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("r-1", request.Headers["X-Request-Id"]);
        Assert.Equal("Bearer per-call", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_header_name_HTTP_does_not_allow_is_named_before_anything_is_sent()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(204, string.Empty);
        using HttpClient http = server.CreateClient("v2/");
        var perCall = new Features.RequestOptions { Headers = { ["X Request Id"] = "r-1" } };

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => new FeaturesClient(http).GetReportAsync(2025, requestOptions: perCall));

        Assert.Contains("'X Request Id'", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_content_header_describes_the_body()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(201, FeaturesClientTests.ItemJson);
        using HttpClient http = server.CreateClient("v2/");
        var perCall = new Features.RequestOptions { Headers = { ["Content-Language"] = "de" } };

        await new FeaturesClient(http).CreateItemAsync(new NewItem { Name = "Lamp", Price = 1m }, requestOptions: perCall);

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("de", request.Headers["Content-Language"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_past_its_timeout_fails_as_HttpClients_timeout_does_naming_the_operation()
    {
        await using LoopbackServer server = await SlowServerAsync();
        using HttpClient http = server.CreateClient("api/mind/");
        var perCall = new Enneo.Mind.RequestOptions { Timeout = TimeSpan.FromMilliseconds(200) };

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1, requestOptions: perCall));

        Assert.IsType<TimeoutException>(exception.InnerException);
        Assert.Contains("'getTicketWorklogs'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        await using LoopbackServer server = await SlowServerAsync();
        using HttpClient http = server.CreateClient("api/mind/");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var perCall = new Enneo.Mind.RequestOptions { Timeout = TimeSpan.FromSeconds(30) };

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1, cancellation.Token, perCall));

        Assert.IsNotType<TimeoutException>(exception.InnerException);
    }

    [Fact]
    public async Task A_timeout_that_does_not_pass_changes_nothing()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind/");

        IReadOnlyList<TicketWorklog> worklogs = await new EnneoMindClient(http).GetTicketWorklogsAsync(1, requestOptions: new Enneo.Mind.RequestOptions { Timeout = TimeSpan.FromSeconds(30) });

        Assert.Empty(worklogs);
    }

    // Answers after ten seconds, or when the client goes away.
    private static Task<LoopbackServer> SlowServerAsync() => LoopbackServer.StartAsync(async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    });
}

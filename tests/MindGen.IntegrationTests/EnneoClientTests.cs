using System.Net;
using System.Text.Json;
using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>The generated Enneo client against a real loopback HTTP server.</summary>
public sealed class EnneoClientTests
{
    private const string Token = "secret-token-4711";

    [Fact]
    public async Task Every_request_says_what_it_is_in_User_Agent_unless_the_caller_says_something_else()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind/");
        using HttpClient named = server.CreateClient("api/mind/");
        named.DefaultRequestHeaders.UserAgent.ParseAdd("Dashboard/3.0");

        await new EnneoMindClient(http).GetTicketWorklogsAsync(1);
        await new EnneoMindClient(http, new EnneoMindClientOptions { ApplicationId = "WorklogReport/2.1" }).GetTicketWorklogsAsync(1);
        await new EnneoMindClient(named).GetTicketWorklogsAsync(1);

        string[] agents = [.. server.Requests.Select(request => request.Headers["User-Agent"])];
        Assert.Matches(@"^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+ MindGen/\d+\.\d+\.\d+", agents[0]);
        Assert.Equal("WorklogReport/2.1 " + agents[0], agents[1]);
        Assert.Equal("Dashboard/3.0", agents[2]);
    }

    [Fact]
    public async Task Reads_every_field_of_the_vendor_example()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, Fixtures.ExampleWorklogs);
        using HttpClient http = server.CreateClient("api/mind/");

        IReadOnlyList<TicketWorklog> worklogs = await new EnneoMindClient(http).GetTicketWorklogsAsync(8821);

        Assert.Equal(2, worklogs.Count);
        TicketWorklog first = worklogs[0];
        Assert.Equal(551, first.Id);
        Assert.Equal(8821, first.TicketId);
        Assert.Equal(new DateOnly(2024, 6, 12), first.Date);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 9, 59, 0, TimeSpan.Zero), first.LatestInteraction);
        Assert.Equal([(901L, 42L), (902L, 43L)], first.Assessments!.Select(a => (a.Id!.Value, a.ScorecardId!.Value)));

        WorklogInfo info = first.Worklog!;
        Assert.Equal((23L, 551L, 8821L, 331L, "closeAction"), (info.UserId!.Value, info.WorklogId!.Value, info.TicketId!.Value, info.ConversationId!.Value, info.Action));
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 9, 59, 0, TimeSpan.Zero), info.LatestInteraction);
        Assert.Equal(["reply", "closed"], info.ActionList!);
        Assert.Equal(["Sent reply to customer", "Closed ticket"], info.ActionListText!);

        AiUsage ai = first.AiUsage!;
        Assert.Equal((2L, "Assisted"), (ai.AutomationLevel!.Value, ai.AutomationLevelLabel));
        AiAgent agent = Assert.Single(ai.AiAgents!);
        Assert.Equal((5L, "Email Assistant", "Generates email responses", "smart", 0.92), (agent.Id!.Value, agent.Name, agent.Description, agent.Intelligence, agent.TextAssistanceAccuracy!.Value));
        Assert.Null(agent.Actions);

        WorklogTime time = first.Time!;
        Assert.Equal((480L, 120L), (time.Duration!.Value, time.DurationAfterWork!.Value));
        TimeSegment segment = Assert.Single(time.Segments!);
        Assert.Equal(1201, segment.UserTimeTrackingId);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 9, 51, 0, TimeSpan.Zero), segment.From);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 9, 59, 0, TimeSpan.Zero), segment.To);
        Assert.Equal(["reply", "closed"], segment.ActionList!);
        Assert.Equal(["Sent reply to customer", "Closed ticket"], segment.ActionListText!);

        CustomerExperience experience = first.CustomerExperience!;
        Assert.True(experience.SlaMet);
        Assert.Equal(-1800, experience.NetSecondsClosedAfterSla);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 9, 59, 0, TimeSpan.Zero), experience.ClosingDateForSLA);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 10, 30, 0, TimeSpan.Zero), experience.DueDateForSLA);
        Assert.False(experience.ReOpened);
        Assert.Equal((88L, 5L, 5L, "Great service!"), (experience.Csat!.Id!.Value, experience.Csat.Scale!.Value, experience.Csat.AnswerStars!.Value, experience.Csat.AnswerText));

        TicketWorklog second = worklogs[1];
        Assert.Equal((552L, new DateOnly(2024, 6, 13)), (second.Id!.Value, second.Date!.Value));
        Assert.Empty(second.Assessments!);
        Assert.Empty(second.AiUsage!.AiAgents!);
        Assert.Equal(("writeAction", 360L, 0L), (second.Worklog!.Action, second.Time!.Duration!.Value, second.CustomerExperience!.NetSecondsClosedAfterSla!.Value));
        Assert.Null(second.CustomerExperience.Csat);
        Assert.All(worklogs, worklog => Assert.Null(worklog.AdditionalProperties));
    }

    [Fact]
    public async Task Sends_a_get_below_the_base_path_with_accept_and_bearer_token()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind");

        await new EnneoMindClient(http, new EnneoMindClientOptions { BearerAuthToken = Token }).GetTicketWorklogsAsync(42);

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/api/mind/ticket/42/worklog"), (request.Method, request.PathAndQuery));
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("Bearer " + Token, request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("Cookie"));
    }

    [Fact]
    public async Task The_with_response_variant_returns_status_and_headers_with_the_body()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers["X-RateLimit-Remaining"] = "41";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Fixtures.ExampleWorklogs);
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiResponse<IReadOnlyList<TicketWorklog>> response = await new EnneoMindClient(http).GetTicketWorklogsWithResponseAsync(8821);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("41", Assert.Single(response.Headers["x-ratelimit-remaining"]));
        Assert.Equal("application/json", Assert.Single(response.Headers["Content-Type"]));
        Assert.Equal(2, response.Body.Count);
    }

    [Fact]
    public async Task Asks_the_token_provider_before_every_request()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind/");
        int calls = 0;
        var options = new EnneoMindClientOptions
        {
            BearerAuthToken = "static-token-is-ignored",
            BearerAuthTokenProvider = _ => ValueTask.FromResult("fresh-" + Interlocked.Increment(ref calls)),
        };
        var client = new EnneoMindClient(http, options);

        await client.GetTicketWorklogsAsync(1);
        await client.GetTicketWorklogsAsync(1);

        Assert.Equal(["Bearer fresh-1", "Bearer fresh-2"], server.Requests.Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Falls_back_to_the_cookie_scheme_when_only_a_session_is_configured()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind/");

        await new EnneoMindClient(http, new EnneoMindClientOptions { CookieAuthApiKey = "s%3Aabc" }).GetTicketWorklogsAsync(1);

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("connect.sid=s%3Aabc", request.Headers["Cookie"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_unsuccessful_status_raises_ApiException_with_status_body_and_operation(int status)
    {
        // The server echoes the credentials: they must still never reach the exception's text.
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers["X-Trace"] = "t-1";
            await context.Response.WriteAsync("{\"error\":\"nope\",\"echo\":\"" + context.Request.Headers.Authorization + "\"}");
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() =>
            new EnneoMindClient(http, new EnneoMindClientOptions { BearerAuthToken = Token }).GetTicketWorklogsAsync(8821));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal("getTicketWorklogs", exception.OperationId);
        Assert.Contains("\"error\":\"nope\"", exception.ResponseBody);
        Assert.Equal("t-1", Assert.Single(exception.Headers["X-Trace"]));
        Assert.Contains("getTicketWorklogs", exception.Message);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message);
        Assert.DoesNotContain(Token, exception.ToString());
    }

    [Fact]
    public async Task A_body_of_the_wrong_shape_names_the_operation_the_path_and_the_expected_type()
    {
        string wrong = Fixtures.ExampleWorklogs.Replace("\"ticketId\": 8821,\n      \"conversationId\"", "\"ticketId\": \"8821\",\n      \"conversationId\"");
        Assert.NotEqual(Fixtures.ExampleWorklogs, wrong);
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, wrong);
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(8821));

        Assert.Equal(200, exception.StatusCode);
        Assert.Contains("getTicketWorklogs", exception.Message);
        Assert.Contains("IReadOnlyList<TicketWorklog>", exception.Message);
        Assert.Contains("$[0].worklog.ticketId", exception.Message);
        Assert.Contains("expected an integer (Int64), found a string", exception.Message);
        Assert.Equal("$[0].worklog.ticketId", Assert.IsType<JsonException>(exception.InnerException).Path);
        Assert.Equal(wrong, exception.ResponseBody);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("[{\"id\": 1,")]
    [InlineData("{\"id\": 1}")]
    [InlineData("null")]
    public async Task A_body_that_is_not_the_expected_json_raises_ApiException(string body)
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, body);
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Contains("Operation 'getTicketWorklogs' answered 200 with a body that is not IReadOnlyList<TicketWorklog>", exception.Message);
        Assert.IsType<JsonException>(exception.InnerException);
    }

    [Fact]
    public async Task Cancellation_stops_a_slow_call()
    {
        var release = new TaskCompletionSource();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.WhenAny(release.Task, Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
            await context.Response.WriteAsync("[]");
        });
        using HttpClient http = server.CreateClient("api/mind/");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1, cancellation.Token));
        release.SetResult();
    }

    [Fact]
    public async Task Without_a_base_address_the_first_server_of_the_spec_is_used()
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler);

        await new EnneoMindClient(http).GetTicketWorklogsAsync(7);

        Assert.Equal("https://demo.enneo.ai/api/mind/ticket/7/worklog", handler.Requests.Single().RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task The_options_base_address_wins_over_the_http_clients()
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://ignored.example.test/") };

        await new EnneoMindClient(http, new EnneoMindClientOptions { BaseAddress = new Uri("https://tenant.enneo.dev/api/mind") }).GetTicketWorklogsAsync(7);

        Assert.Equal("https://tenant.enneo.dev/api/mind/ticket/7/worklog", handler.Requests.Single().RequestUri!.AbsoluteUri);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") });
        }
    }
}

using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>How calls fail against misbehaving servers: never a hang, never a swallowed error.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_connection_closed_mid_body_surfaces_as_an_http_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("[{\"id\":1,");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using HttpClient http = server.CreateClient("api/mind/");

        Exception exception = await Assert.ThrowsAnyAsync<Exception>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));
        Assert.True(exception is HttpRequestException or IOException, exception.ToString());
    }

    [Theory]
    [InlineData(429, "7", 7.0)]
    [InlineData(503, "0", 0.0)]
    [InlineData(429, "Thu, 01 Jan 1970 00:00:00 GMT", 0.0)]
    [InlineData(503, "soon", null)]
    public async Task A_429_or_503_says_how_long_to_wait_in_RetryAfter(int status, string retryAfter, double? seconds)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers["Retry-After"] = retryAfter;
            await context.Response.WriteAsync("slow down");
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Equal(seconds, exception.RetryAfter?.TotalSeconds);
    }

    [Fact]
    public async Task Problem_details_the_spec_does_not_declare_are_read_by_RFC_9457()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 409;
            context.Response.ContentType = "application/problem+json; charset=utf-8";
            await context.Response.WriteAsync("""{"type":"https://enneo.example/conflict","title":"Ticket locked","status":409,"detail":"Agent 7 is editing it.","traceId":"00-ab"}""");
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        ApiProblem problem = exception.Problem!;
        Assert.Equal(("https://enneo.example/conflict", "Ticket locked", 409, "Agent 7 is editing it.", null), (problem.Type, problem.Title, problem.Status, problem.Detail, problem.Instance));
        Assert.Equal("00-ab", problem.Json.GetProperty("traceId").GetString());
        Assert.Same(problem, exception.Problem);
    }

    [Fact]
    public async Task A_body_that_is_not_problem_details_has_no_Problem()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(500, """{"title":"looks like one"}""");
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Null(exception.Problem);
    }

    [Fact]
    public async Task A_Retry_After_date_is_the_time_left_until_it()
    {
        DateTimeOffset later = DateTimeOffset.UtcNow.AddMinutes(2);
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers["Retry-After"] = later.ToString("r");
            await context.Response.WriteAsync("maintenance");
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.InRange(exception.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task An_html_error_page_with_502_is_an_ApiException_with_the_page()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 502;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Equal(502, exception.StatusCode);
        Assert.Contains("<h1>502 Bad Gateway</h1>", exception.ResponseBody);
        Assert.Equal("text/html", Assert.Single(exception.Headers["Content-Type"]));
    }

    [Fact]
    public async Task A_problem_json_500_keeps_the_problem_details()
    {
        const string problem = """{"type":"https://example.test/errors/db","title":"Database unavailable","status":500,"traceId":"00-abc"}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 500;
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(problem);
        });
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal(problem, exception.ResponseBody);
        Assert.Equal("application/problem+json", Assert.Single(exception.Headers["Content-Type"]));
    }

    [Fact]
    public async Task HttpClient_Timeout_ends_a_call_to_a_slow_server()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted).ContinueWith(_ => { });
        });
        using HttpClient http = server.CreateClient("api/mind/");
        http.Timeout = TimeSpan.FromMilliseconds(300);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<TaskCanceledException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the timeout did not end the call");
    }
}

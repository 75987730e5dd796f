using Features;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>Security alternatives: OAuth2 takes a bearer token; an API key can travel in the query; an HTTP scheme of its own keeps its name.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task An_oauth2_scheme_sends_the_provided_token()
    {
        await using LoopbackServer server = await NoContentServerAsync();
        using HttpClient http = server.CreateClient("v2/");
        var options = new FeaturesClientOptions { OauthTokenProvider = _ => ValueTask.FromResult("oauth-token"), QueryKeyApiKey = "unused" };

        await new FeaturesClient(http, options).GetReportAsync(2025, format: "pdf");

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("Bearer oauth-token", request.Headers["Authorization"]);
        Assert.Equal("/v2/reports/2025?format=pdf", request.PathAndQuery);
    }

    [Fact]
    public async Task An_api_key_in_the_query_is_appended_escaped()
    {
        await using LoopbackServer server = await NoContentServerAsync();
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http, new FeaturesClientOptions { QueryKeyApiKey = "k&y=1" }).GetReportAsync(2025, format: "pdf");
        await new FeaturesClient(http, new FeaturesClientOptions { QueryKeyApiKey = "k" }).GetReportAsync(2026);

        Assert.Equal("/v2/reports/2025?format=pdf&api_key=k%26y%3D1", server.Requests[0].PathAndQuery);
        Assert.Equal("/v2/reports/2026?api_key=k", server.Requests[1].PathAndQuery);
        Assert.False(server.Requests[0].Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task An_http_scheme_of_its_own_is_sent_under_its_name()
    {
        await using LoopbackServer server = await NoContentServerAsync();
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http, new FeaturesClientOptions { SharedKeyToken = "s3cr3t" }).GetReportAsync(2025);

        Assert.Equal("SharedAccessKey s3cr3t", Assert.Single(server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void Options_never_print_their_secrets() =>
        Assert.DoesNotContain("secret", new FeaturesClientOptions { BasicAuthPassword = "secret", QueryKeyApiKey = "secret" }.ToString(), StringComparison.Ordinal);

    private static Task<LoopbackServer> NoContentServerAsync() =>
        LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
}

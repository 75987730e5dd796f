using Features;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// Headers a success response declares are typed on the …WithResponseAsync method's response (Specs/features.yaml),
/// read from a server on 127.0.0.1: each as the spec types it, null when absent or unreadable, every header still
/// there by name; operations that declare the same headers share their class.
/// </summary>
public sealed class ResponseHeadersTests
{
    [Fact]
    public async Task Declared_headers_are_typed_and_every_header_stays_there_by_name()
    {
        await using LoopbackServer server = await AnsweringAsync(200, FeaturesClientTests.ItemJson, new()
        {
            ["X-RateLimit-Remaining"] = "42",
            ["ETag"] = "\"v7\"",
            ["Last-Modified"] = "Wed, 21 Oct 2015 07:28:00 GMT",
            ["X-Trace-Ids"] = "a, b,c",
            ["X-Cost"] = "1.5",
            ["X-Undeclared"] = "kept",
        });
        using HttpClient http = server.CreateClient("v2/");

        ApiResponse<Item, GetItemHeaders> response = await new FeaturesClient(http).GetItemWithResponseAsync("i-1");

        Assert.Equal(42L, response.Headers.XRateLimitRemaining);
        Assert.Equal("\"v7\"", response.Headers.ETag);
        Assert.Equal(new DateTimeOffset(2015, 10, 21, 7, 28, 0, TimeSpan.Zero), response.Headers.LastModified);
        Assert.Equal(["a", "b", "c"], response.Headers.XTraceIds);
        Assert.Equal(1.5, response.Headers.XCost);
#pragma warning disable CS0618 // The spec deprecates X-Legacy: reading it says so, and it is still read.
        Assert.Null(response.Headers.XLegacy);
#pragma warning restore CS0618
        Assert.Equal(["kept"], response.Headers["x-undeclared"]);
        Assert.Same(response.Headers, ((ApiResponse)response).Headers);
    }

    [Fact]
    public async Task A_value_that_is_not_what_the_spec_says_reads_as_null_and_keeps_its_text()
    {
        await using LoopbackServer server = await AnsweringAsync(200, FeaturesClientTests.ItemJson, new() { ["X-RateLimit-Remaining"] = "plenty" });
        using HttpClient http = server.CreateClient("v2/");

        var response = await new FeaturesClient(http).GetItemWithResponseAsync("i-1");

        Assert.Null(response.Headers.XRateLimitRemaining);
        Assert.Equal(["plenty"], response.Headers["X-RateLimit-Remaining"]);
    }

    [Fact]
    public async Task Without_a_body_and_with_text_the_headers_are_typed_too()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers["X-RateLimit-Remaining"] = "7";
            context.Response.Headers.ETag = "\"r1\"";
            context.Response.StatusCode = context.Request.Method == "DELETE" ? 204 : 200;
            if (context.Request.Method == "GET")
            {
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("# Lamp");
            }
        });
        using HttpClient http = server.CreateClient("v2/");
        var client = new FeaturesClient(http);

        ApiHeadersResponse<XRateLimitRemainingHeaders> deleted = await client.DeleteItemWithResponseAsync("i-1");
        ApiResponse<string, ETagHeaders> readme = await client.GetReadmeWithResponseAsync("i-1");

        Assert.Equal((204, 7), (deleted.StatusCode, deleted.Headers.XRateLimitRemaining));
        Assert.Equal(("# Lamp", "\"r1\""), (readme.Body, readme.Headers.ETag));
    }

    [Fact]
    public async Task A_created_resource_says_where_it_is()
    {
        await using LoopbackServer server = await AnsweringAsync(201, FeaturesClientTests.ItemJson, new() { ["Location"] = "/v2/items/6f9619ff" });
        using HttpClient http = server.CreateClient("v2/");

        var created = await new FeaturesClient(http).CreateItemWithResponseAsync(new NewItem { Name = "Lamp", Price = 1m });

        Assert.Equal(new Uri("/v2/items/6f9619ff", UriKind.Relative), created.Headers.Location);
        Assert.Equal("Lamp", created.Body.Name);
    }

    private static Task<LoopbackServer> AnsweringAsync(int status, string json, Dictionary<string, string> headers) =>
        LoopbackServer.StartAsync(async context =>
        {
            foreach ((string name, string value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Features;
using Microsoft.AspNetCore.Http;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>MindGen's own test spec: parameters, bodies, required members, formats and security alternatives.</summary>
public sealed class FeaturesClientTests
{
    internal const string ItemJson = """
        {"id":"6f9619ff-8b86-d011-b42d-00c04fc964ff","name":"Lamp","note":null,"count":3,"ratio":0.5,
         "createdAt":"2025-01-02T03:04:05Z","homepage":"https://example.test/lamp","thumbnail":"AQID",
         "attributes":{"color":"red"},"scores":{"a":1,"b":null},"extra":{"any":[1,"x"]},"previousStatus":null,
         "opensAt":"09:30:15.5","ttl":"P1DT2H30M"}
        """;

    [Fact]
    public async Task Path_query_and_header_parameters_are_escaped_and_formatted_invariantly()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, ItemJson);
        using HttpClient http = server.CreateClient("v2/");
        var requestId = Guid.Parse("00000000-0000-0000-0000-000000000042");

        Item item = await new FeaturesClient(http, new FeaturesClientOptions { ApiKeyAuthApiKey = "k-1" }).GetItemAsync("../x?y#z/ä", requestId, verbose: true);

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/v2/items/..%2Fx%3Fy%23z%2F%C3%A4?verbose=true", request.PathAndQuery);
        Assert.Equal(requestId.ToString(), request.Headers["X-Request-Id"]);
        Assert.Equal("k-1", request.Headers["X-Api-Key"]);
        Assert.Equal("Lamp", item.Name);
    }

    [Theory]
    [InlineData(".", "/v2/items/%2E")]
    [InlineData("..", "/v2/items/%2E%2E")]
    public async Task Dot_segments_cannot_climb_out_of_the_path(string id, string expected)
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, ItemJson);
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).GetItemAsync(id);

        Assert.Equal(expected, Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Optional_query_parameters_are_left_out_and_arrays_repeat()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("v2/");
        var client = new FeaturesClient(http);

        await client.ListItemsAsync();
        await client.ListItemsAsync(tag: ["a b", "c&d"], since: new DateOnly(2025, 1, 31), limit: 10, minPrice: 1.5m);

        Assert.Equal("/v2/items", server.Requests[0].PathAndQuery);
        Assert.Equal("/v2/items?tag=a%20b&tag=c%26d&since=2025-01-31&limit=10&min-price=1.5", server.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Query_values_do_not_depend_on_the_current_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            await Optional_query_parameters_are_left_out_and_arrays_repeat();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task A_json_body_is_posted_with_basic_credentials_and_the_201_result_is_read()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(201, ItemJson);
        using HttpClient http = server.CreateClient("v2/");
        var options = new FeaturesClientOptions { BasicAuthUserName = "ann", BasicAuthPassword = "pa:ss", ApiKeyAuthApiKey = "not-for-this-operation" };

        Item created = await new FeaturesClient(http, options).CreateItemAsync(new NewItem { Name = "Lamp", Price = 12.50m, Tags = ["home"] });

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v2/items"), (request.Method, request.PathAndQuery));
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"name":"Lamp","price":12.50,"tags":["home"]}""", request.Body);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:pa:ss")), request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("X-Api-Key"));
        Assert.Equal(3, created.Count);
    }

    [Fact]
    public async Task The_options_json_context_shapes_request_bodies()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(201, ItemJson);
        using HttpClient http = server.CreateClient("v2/");
        var options = new FeaturesClientOptions { JsonContext = new FeaturesJsonContext(new JsonSerializerOptions { WriteIndented = true }) };

        await new FeaturesClient(http, options).CreateItemAsync(new NewItem { Name = "Lamp", Price = 1m });

        Assert.Equal("{\n  \"name\": \"Lamp\",\n  \"price\": 1\n}", Assert.Single(server.Requests).Body.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task An_operation_without_security_sends_no_credentials_and_204_returns()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http, new FeaturesClientOptions { ApiKeyAuthApiKey = "k" }).DeleteItemAsync("1");

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.False(request.Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task Header_values_with_line_breaks_are_rejected_before_sending()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, ItemJson);
        using HttpClient http = server.CreateClient("v2/");

        await Assert.ThrowsAnyAsync<FormatException>(() =>
            new FeaturesClient(http, new FeaturesClientOptions { ApiKeyAuthApiKey = "k\r\nX-Evil: 1" }).GetItemAsync("1"));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Every_format_round_trips()
    {
        Item item = JsonSerializer.Deserialize(ItemJson, FeaturesJsonContext.Default.Item)!;

        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), item.Id);
        Assert.Null(item.Note);
        Assert.Equal(0.5f, item.Ratio);
        Assert.Equal(new Uri("https://example.test/lamp"), item.Homepage);
        Assert.Equal([1, 2, 3], item.Thumbnail!);
        Assert.Equal("red", item.Attributes!["color"]);
        Assert.Null(item.Scores!["b"]);
        Assert.Equal("{\"any\":[1,\"x\"]}", item.Extra!.Value.GetRawText());
        Assert.Equal(new TimeOnly(9, 30, 15, 500), item.OpensAt);
        Assert.Equal(new TimeSpan(1, 2, 30, 0), item.Ttl);

        string written = JsonSerializer.Serialize(item, FeaturesJsonContext.Default.Item);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(ItemJson), System.Text.Json.Nodes.JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Required_members_are_required_in_csharp_and_on_the_wire()
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"name":"x","createdAt":"2025-01-01T00:00:00Z"}""", FeaturesJsonContext.Default.Item));
        Assert.Contains("the required property 'id' of Item is missing", exception.Message);

        var newItem = new NewItem { Name = "n", Price = 1m };
        Assert.Equal("""{"name":"n","price":1}""", JsonSerializer.Serialize(newItem, FeaturesJsonContext.Default.NewItem));
    }
}

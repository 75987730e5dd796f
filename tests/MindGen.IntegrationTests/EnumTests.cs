using System.Text.Json;
using System.Text.Json.Nodes;
using Features;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>Open enums: listed values by name, unknown values kept, never an exception.</summary>
public sealed class EnumTests
{
    [Fact]
    public void Listed_values_have_names_and_compare_by_value()
    {
        Assert.Equal("sold-out", Status.SoldOut.Value);
        Assert.Equal("Value", Status.ValueValue.Value);
        Assert.Equal(string.Empty, Status.Empty.Value);
        Assert.Equal(Status.Live, new Status("live"));
        Assert.True(Status.Live == "live");
        Assert.True(Status.Draft.IsDefined);
        Assert.Equal(-1, Priority.ValueMinus1.Value);
        Assert.Equal(string.Empty, default(Status).Value);
    }

    [Fact]
    public void Values_the_spec_does_not_list_are_kept_and_written_back()
    {
        const string json = """{"id":"6f9619ff-8b86-d011-b42d-00c04fc964ff","name":"n","createdAt":"2025-01-01T00:00:00Z","status":"archived","priority":42,"previousStatus":null,"note":null}""";
        Item item = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Item)!;

        Assert.Equal("archived", item.Status!.Value.Value);
        Assert.False(item.Status.Value.IsDefined);
        Assert.Equal(42, item.Priority!.Value.Value);
        Assert.False(item.Priority.Value.IsDefined);
        Assert.Null(item.PreviousStatus);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(item, FeaturesJsonContext.Default.Item))));
    }

    [Fact]
    public void A_value_of_the_wrong_json_type_is_reported_with_its_path()
    {
        JsonException exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("""{"status":7}""", FeaturesJsonContext.Default.Item));
        Assert.Equal("$.status", exception.Path);
        Assert.Contains("expected a string (Status), found a number", exception.Message);
    }

    [Fact]
    public async Task Enums_in_queries_are_sent_as_their_values()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).ListItemsAsync(status: [Status.SoldOut, new Status("x y")]);

        Assert.Equal("/v2/items?status=sold-out&status=x%20y", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public void A_null_among_an_enums_values_makes_it_nullable_and_is_no_value_of_its_own()
    {
        // The OpenAPI reader stands a null in for a sentinel string; read as it is, it became a member.
        Assert.False(new Features.PreviousStatus("openapi-json-null-sentinel-value-2BF93600-0FE4-4250-987A-E5DDB203E464").IsDefined);
        Assert.True(Features.PreviousStatus.Live.IsDefined);
    }
}

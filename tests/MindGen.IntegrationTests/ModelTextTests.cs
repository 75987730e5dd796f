using Features;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// A generated class prints itself as the JSON the client sends (for logs and the debugger), without the members the
/// spec marks write-only: a password is sent to the server, never printed.
/// </summary>
public sealed class ModelTextTests
{
    [Fact]
    public async Task ToString_is_the_json_without_write_only_members_which_are_still_sent()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(201, FeaturesClientTests.ItemJson);
        using HttpClient http = server.CreateClient("v2/");
        var item = new NewItem { Name = "Lamp", Price = 12.5m, Tags = ["home"], Password = "hunter2" };

        string text = item.ToString();
        await new FeaturesClient(http).CreateItemAsync(item);

        Assert.Equal("""{"name":"Lamp","price":12.5,"tags":["home"]}""", text);
        Assert.Contains("\"password\":\"hunter2\"", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_object_prints_what_it_read_unknown_members_included()
    {
        Item item = System.Text.Json.JsonSerializer.Deserialize("""{"id":"6f9619ff-8b86-d011-b42d-00c04fc964ff","name":"Lamp","createdAt":"2025-01-02T03:04:05Z","vendor":"acme"}""", FeaturesJsonContext.Default.Item)!;

        string text = item.ToString();

        Assert.StartsWith("""{"id":"6f9619ff-8b86-d011-b42d-00c04fc964ff","name":"Lamp",""", text, StringComparison.Ordinal);
        Assert.EndsWith(""","vendor":"acme"}""", text, StringComparison.Ordinal);
        Assert.Equal("Lamp", System.Text.Json.JsonSerializer.Deserialize(text, FeaturesJsonContext.Default.Item)!.Name);
    }
}

using Features;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// The document's server <c>{endpoint}/{apiVersion}</c>: its variables are options. Setting one makes that URL the
/// API's root (over the HttpClient's BaseAddress); the options' BaseAddress still wins over everything.
/// </summary>
public sealed class ServerVariableTests
{
    private const string NoContent = "";

    [Fact]
    public async Task Server_variables_build_the_root_and_the_unset_ones_keep_their_defaults()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(204, NoContent);
        using var http = new HttpClient();

        await new FeaturesClient(http, new FeaturesClientOptions { Endpoint = server.Root.GetLeftPart(UriPartial.Authority) }).DeleteItemAsync("1");

        Assert.Equal("/v2/items/1", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_server_variable_wins_over_the_HttpClient_base_address_and_loses_to_the_options_one()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(204, NoContent);
        using HttpClient elsewhere = new() { BaseAddress = new Uri("http://127.0.0.1:9/never/") };
        string endpoint = server.Root.GetLeftPart(UriPartial.Authority);

        await new FeaturesClient(elsewhere, new FeaturesClientOptions { Endpoint = endpoint, ApiVersion = "v3" }).DeleteItemAsync("1");
        await new FeaturesClient(elsewhere, new FeaturesClientOptions { Endpoint = "http://127.0.0.1:9", BaseAddress = new Uri(server.Root, "base/") }).DeleteItemAsync("1");

        Assert.Equal(["/v3/items/1", "/base/items/1"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task Variables_that_make_no_absolute_url_fail_before_sending_and_name_the_options()
    {
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new FeaturesClient(http, new FeaturesClientOptions { Endpoint = "features" }).DeleteItemAsync("1"));

        Assert.Contains("'features/v2'", error.Message);
        Assert.Contains("Endpoint, ApiVersion", error.Message);
    }
}

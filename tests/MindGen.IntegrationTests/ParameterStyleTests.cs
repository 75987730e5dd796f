using Features;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>Parameter styles as OpenAPI defines them, checked on the wire.</summary>
public sealed class ParameterStyleTests
{
    [Fact]
    public async Task Every_style_serializes_as_the_spec_says()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("v2/");
        var point = new Point { X = 1, Y = 2 };

        await new FeaturesClient(http).StylesAsync(
            list: [3, 4],
            label: ["a", "b c"],
            matrix: ["m", "n"],
            point: point,
            csv: ["x", "y,z"],
            spaced: ["s", "t"],
            piped: [1, 2],
            filter: point,
            @where: point,
            xIds: [7, 8],
            session: "a b");

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal(
            "/v2/styles/3,4/.a.b%20c/;matrix=m,n/;x=1;y=2?csv=x,y%2Cz&spaced=s%20t&piped=1%7C2&filter%5Bx%5D=1&filter%5By%5D=2&x=1&y=2",
            request.PathAndQuery);
        Assert.Equal("7,8", request.Headers["X-Ids"]);
        Assert.Equal("session=a%20b", request.Headers["Cookie"]);
    }

    [Fact]
    public async Task Deep_objects_nest_members_and_list_items_in_brackets()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).PreviewInvoiceAsync(
            lines:
            [
                new LineItem { Amount = 100, TaxRates = ["txr_1", "txr 2"], Period = new Period { Start = 1, End = 2 } },
                new LineItem { Amount = 5, Note = null },
            ],
            automaticTax: new AutomaticTax { Enabled = true, Liability = new Liability { Type = "self" } });

        string query = Uri.UnescapeDataString(Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(
            "/v2/previews?lines[0][amount]=100&lines[0][tax_rates][0]=txr_1&lines[0][tax_rates][1]=txr 2&lines[0][period][start]=1&lines[0][period][end]=2"
            + "&lines[1][amount]=5&automatic_tax[enabled]=true&automatic_tax[liability][type]=self",
            query);
    }

    [Fact]
    public async Task Parameters_of_several_scalar_types_are_written_as_their_value()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("v2/");
        var client = new FeaturesClient(http);

        await client.GetChangelogAsync("release notes", since: true);
        await client.GetChangelogAsync(42L, since: new DateOnly(2024, 6, 12));

        Assert.Equal(["/v2/changelogs/release%20notes?since=true", "/v2/changelogs/42?since=2024-06-12"], server.Requests.Select(request => request.PathAndQuery));
    }
}

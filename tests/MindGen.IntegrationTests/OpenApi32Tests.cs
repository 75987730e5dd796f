using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>What OpenAPI 3.2 (September 2025) added that a client sees beyond streams (Specs/ticks.yaml).</summary>
public sealed class OpenApi32Tests
{
    [Fact]
    public async Task OpenAPI_32_QUERY_with_the_query_string_as_one_object()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """[{"symbol":"ACME","price":2.5}]""");
        using HttpClient http = server.CreateClient();

        IReadOnlyList<Ticks.Tick> ticks = await new Ticks.TicksClient(http).SearchTicksAsync(new Ticks.SearchTicksRequest { Since = new DateOnly(2026, 12, 1) }, new Ticks.SearchTicksQuery { Symbol = "ACME", Limit = 2 });

        Assert.Equal(2.5, Assert.Single(ticks).Price);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal(("QUERY", "/ticks/search?symbol=ACME&limit=2"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"since":"2026-12-01"}""", request.Body);
    }

    [Fact]
    public async Task A_discriminator_value_no_mapping_names_reads_as_the_defaultMapping_class()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """[{"kind":"price","threshold":3},{"kind":"volume","message":"busy"},{"message":"no kind"}]""");
        using HttpClient http = server.CreateClient();

        IReadOnlyList<Ticks.Alert> alerts = await new Ticks.TicksClient(http).ListAlertsAsync();

        Assert.Equal(3, Assert.IsType<Ticks.PriceAlert>(alerts[0]).Threshold);
        Ticks.GenericAlert unknown = Assert.IsType<Ticks.GenericAlert>(alerts[1]);
        Assert.Equal(("volume", "busy"), (unknown.Kind, unknown.Message));
        Assert.Equal("no kind", Assert.IsType<Ticks.GenericAlert>(alerts[2]).Message);
    }
}

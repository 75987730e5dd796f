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
    public async Task OpenAPI_32_cookie_style_sends_RFC_6265_pairs_as_given_where_the_form_style_percent_encodes()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, string.Empty);
        using HttpClient http = server.CreateClient();

        await using Stream body = await new Ticks.TicksClient(http).TickHistoryAsync(session: "a1/b2==", symbols: ["ACME", "INIT"], range: [1, 5], theme: "dark blue");

        Assert.Equal("session=a1/b2==; symbols=ACME; symbols=INIT; range=1,5; theme=dark%20blue", Assert.Single(server.Requests).Headers["Cookie"]);
    }

    [Fact]
    public async Task A_media_type_from_components_mediaTypes_reads_as_its_schema_says()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """[{"symbol":"ACME","price":3}]""");
        using HttpClient http = server.CreateClient();

        IReadOnlyList<Ticks.Tick> ticks = await new Ticks.TicksClient(http).LatestTicksAsync();

        Assert.Equal("ACME", Assert.Single(ticks).Symbol);
    }

    [Fact]
    public async Task A_deprecated_security_scheme_is_Obsolete_for_the_caller_and_still_sent_when_set()
    {
        System.Reflection.PropertyInfo key = typeof(Ticks.TicksClientOptions).GetProperty("LegacyKeyApiKey")!;
        Assert.Equal("The API marks security scheme 'legacyKey' as deprecated.", Assert.Single(key.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>()).Message);
        Assert.Null(typeof(Ticks.TicksClientOptions).GetProperty(nameof(Ticks.TicksClientOptions.OauthToken))!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient();
#pragma warning disable CS0618 // the deprecated scheme, on purpose
        var options = new Ticks.TicksClientOptions { LegacyKeyApiKey = "k1" };
#pragma warning restore CS0618

        await new Ticks.TicksClient(http, options).LatestTicksAsync();

        Assert.Equal("k1", Assert.Single(server.Requests).Headers["X-Legacy-Key"]);
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

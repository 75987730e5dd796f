using Conformance.Infrastructure;
using Conformance.Parameters.Spread;

namespace Conformance.Drivers.Parameters;

/// <summary>Spread models and aliases: what TypeSpec spreads arrives as path, header and body parameters.</summary>
public sealed class SpreadDriver(Spector spector) : Driver(spector)
{
    private static SpreadJsonContext Json => SpreadJsonContext.Default;

    private static SpreadClient Client(HttpClient http) => new(http);

    [Scenario] public Task Parameters_Spread_Alias_spreadAsRequestBody() => Sends((http, body) => Client(http).AliasSpreadAsRequestBodyAsync(body), Json.AliasSpreadAsRequestBodyRequest);
    [Scenario] public Task Parameters_Spread_Alias_spreadAsRequestParameter() => Sends((http, body) => Client(http).AliasSpreadAsRequestParameterAsync("1", "bar", body), Json.AliasSpreadAsRequestParameterRequest);
    [Scenario] public Task Parameters_Spread_Alias_spreadParameterWithInnerAlias() => Sends((http, body) => Client(http).AliasSpreadParameterWithInnerAliasAsync("1", "bar", body), Json.AliasSpreadParameterWithInnerAliasRequest);
    [Scenario] public Task Parameters_Spread_Alias_spreadParameterWithInnerModel() => Sends((http, body) => Client(http).AliasSpreadParameterWithInnerModelAsync("1", "bar", body), Json.AliasInnerModel);
    [Scenario] public Task Parameters_Spread_Alias_spreadWithMultipleParameters() => Sends((http, body) => Client(http).AliasSpreadWithMultipleParametersAsync("1", "bar", body), Json.AliasSpreadWithMultipleParametersRequest);
    [Scenario] public Task Parameters_Spread_Model_spreadAsRequestBody() => Sends((http, body) => Client(http).ModelSpreadAsRequestBodyAsync(body), Json.ModelBodyParameter);
    [Scenario] public Task Parameters_Spread_Model_spreadCompositeRequest() => Sends((http, body) => Client(http).ModelSpreadCompositeRequestAsync("foo", "bar", body), Json.ModelBodyParameter);
    [Scenario] public Task Parameters_Spread_Model_spreadCompositeRequestMix() => Sends((http, body) => Client(http).ModelSpreadCompositeRequestMixAsync("foo", "bar", body), Json.ModelCompositeRequestMix);
    [Scenario] public Task Parameters_Spread_Model_spreadCompositeRequestOnlyWithBody() => Sends((http, body) => Client(http).ModelSpreadCompositeRequestOnlyWithBodyAsync(body), Json.ModelBodyParameter);
    [Scenario] public Task Parameters_Spread_Model_spreadCompositeRequestWithoutBody() => Run(http => Client(http).ModelSpreadCompositeRequestWithoutBodyAsync("foo", "bar"));
}

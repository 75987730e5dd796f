using Conformance.Infrastructure;
using Conformance.Type.Scalar;

namespace Conformance.Drivers.Type;

public sealed class ScalarDriver(Spector spector) : Driver(spector)
{
    private static ScalarClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Scalar_Boolean_get() => Run(async http => Assert.True(await Client(http).BooleanGetAsync()));
    [Scenario] public Task Type_Scalar_Boolean_put() => Run(http => Client(http).BooleanPutAsync(true));
    [Scenario] public Task Type_Scalar_String_get() => Run(async http => Assert.Equal("test", await Client(http).StringGetAsync()));
    [Scenario] public Task Type_Scalar_String_put() => Run(http => Client(http).StringPutAsync("test"));
    [Scenario] public Task Type_Scalar_Unknown_get() => Run(async http => Assert.Equal("test", (await Client(http).UnknownGetAsync()).GetString()));
    [Scenario] public Task Type_Scalar_Unknown_put() => Run(http => Client(http).UnknownPutAsync(System.Text.Json.JsonSerializer.SerializeToElement("test", ScalarJsonContext.Default.String)));

    [Scenario] public Task Type_Scalar_DecimalType_responseBody() => Run(async http => Assert.Equal(0.33333m, await Client(http).DecimalTypeResponseBodyAsync()));
    [Scenario] public Task Type_Scalar_DecimalType_requestBody() => Run(http => Client(http).DecimalTypeRequestBodyAsync(0.33333m));
    [Scenario] public Task Type_Scalar_DecimalType_requestParameter() => Run(http => Client(http).DecimalTypeRequestParameterAsync(0.33333m));
    [Scenario] public Task Type_Scalar_DecimalVerify_prepareVerify() => Run(async http => Assert.Equal([0.1m, 0.1m, 0.1m], await Client(http).DecimalVerifyPrepareVerifyAsync()));
    [Scenario] public Task Type_Scalar_DecimalVerify_verify() => Run(http => Client(http).DecimalVerifyVerifyAsync(0.1m + 0.1m + 0.1m));

    [Scenario] public Task Type_Scalar_Decimal128Type_responseBody() => Run(async http => Assert.Equal(0.33333m, await Client(http).Decimal128TypeResponseBodyAsync()));
    [Scenario] public Task Type_Scalar_Decimal128Type_requestBody() => Run(http => Client(http).Decimal128TypeRequestBodyAsync(0.33333m));
    [Scenario] public Task Type_Scalar_Decimal128Type_requestParameter() => Run(http => Client(http).Decimal128TypeRequestParameterAsync(0.33333m));
    [Scenario] public Task Type_Scalar_Decimal128Verify_prepareVerify() => Run(async http => Assert.Equal([0.1m, 0.1m, 0.1m], await Client(http).Decimal128VerifyPrepareVerifyAsync()));
    [Scenario] public Task Type_Scalar_Decimal128Verify_verify() => Run(http => Client(http).Decimal128VerifyVerifyAsync(0.1m + 0.1m + 0.1m));
}

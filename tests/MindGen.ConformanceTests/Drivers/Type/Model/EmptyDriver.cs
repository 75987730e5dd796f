using Conformance.Infrastructure;
using Conformance.Type.Model.Empty;

namespace Conformance.Drivers.Type.Model;

public sealed class EmptyDriver(Spector spector) : Driver(spector)
{
    private static EmptyJsonContext Json => EmptyJsonContext.Default;

    private static EmptyClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Empty_getEmpty() => Reads(http => Client(http).GetEmptyAsync(), Json.JsonElement, "{}");
    [Scenario] public Task Type_Model_Empty_putEmpty() => Sends((http, body) => Client(http).PutEmptyAsync(body), Json.JsonElement, "{}");
    [Scenario] public Task Type_Model_Empty_postRoundTripEmpty() => Echoes((http, body) => Client(http).PostRoundTripEmptyAsync(body), Json.JsonElement, "{}");
}

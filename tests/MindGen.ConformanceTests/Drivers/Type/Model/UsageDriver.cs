using Conformance.Infrastructure;
using Conformance.Type.Model.Usage;

namespace Conformance.Drivers.Type.Model;

public sealed class UsageDriver(Spector spector) : Driver(spector)
{
    private static UsageJsonContext Json => UsageJsonContext.Default;

    private static UsageClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Usage_input() => Sends((http, body) => Client(http).InputAsync(body), Json.InputRecord, "{\"requiredProp\": \"example-value\"}");
    [Scenario] public Task Type_Model_Usage_inputAndOutput() => Echoes((http, body) => Client(http).InputAndOutputAsync(body), Json.InputOutputRecord, "{\"requiredProp\": \"example-value\"}");
    [Scenario] public Task Type_Model_Usage_output() => Reads(http => Client(http).OutputAsync(), Json.OutputRecord, "{\"requiredProp\": \"example-value\"}");
}

using Conformance.Infrastructure;
using Conformance.Type.Model.Inheritance.Recursive;

namespace Conformance.Drivers.Type.Model;

public sealed class RecursiveDriver(Spector spector) : Driver(spector)
{
    private static RecursiveJsonContext Json => RecursiveJsonContext.Default;

    private static RecursiveClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Inheritance_Recursive_get() => Reads(http => Client(http).GetAsync(), Json.Extension);
    [Scenario] public Task Type_Model_Inheritance_Recursive_put() => Sends((http, body) => Client(http).PutAsync(body), Json.Extension);
}

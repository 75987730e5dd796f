using Conformance.Infrastructure;
using Conformance.Serialization.EncodedName.Json;

namespace Conformance.Drivers;

/// <summary>A member whose wire name differs from its TypeSpec name, read and sent under the wire name.</summary>
public sealed class SerializationDriver(Spector spector) : Driver(spector)
{
    private static JsonClient Client(HttpClient http) => new(http);

    [Scenario] public Task Serialization_EncodedName_Json_Property_get() => Reads(http => Client(http).PropertyGetAsync(), JsonJsonContext.Default.PropertyJsonEncodedNameModel);
    [Scenario] public Task Serialization_EncodedName_Json_Property_send() => Sends((http, body) => Client(http).PropertySendAsync(body), JsonJsonContext.Default.PropertyJsonEncodedNameModel);
}

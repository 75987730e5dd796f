using Conformance.Infrastructure;
using Conformance.Type.Model.Inheritance.NotDiscriminated;

namespace Conformance.Drivers.Type.Model;

public sealed class NotDiscriminatedDriver(Spector spector) : Driver(spector)
{
    private static NotDiscriminatedJsonContext Json => NotDiscriminatedJsonContext.Default;

    private static NotDiscriminatedClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Inheritance_NotDiscriminated_getValid() => Reads(http => Client(http).GetValidAsync(), Json.Siamese);
    [Scenario] public Task Type_Model_Inheritance_NotDiscriminated_postValid() => Sends((http, body) => Client(http).PostValidAsync(body), Json.Siamese);

    // "Round-trip the bottom model": the one getValid documents.
    [Scenario] public Task Type_Model_Inheritance_NotDiscriminated_putValid() => Echoes((http, body) => Client(http).PutValidAsync(body), Json.Siamese, ScenarioDocs.Body("Type_Model_Inheritance_NotDiscriminated_getValid"));
}

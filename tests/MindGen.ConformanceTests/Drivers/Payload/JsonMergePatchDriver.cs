using System.Text.Json;
using Conformance.Infrastructure;
using Conformance.Payload.JsonMergePatch;

namespace Conformance.Drivers.Payload;

/// <summary><c>application/merge-patch+json</c>: a resource created whole, then patched with the nulls that remove members.</summary>
public sealed class JsonMergePatchDriver(Spector spector) : Driver(spector)
{
    private static JsonMergePatchJsonContext Json => JsonMergePatchJsonContext.Default;

    private static JsonMergePatchClient Client(HttpClient http) => new(http);

    [Scenario] public Task Payload_JsonMergePatch_createResource() => Echoes((http, body) => Client(http).CreateResourceAsync(body), Json.Resource);

    [Scenario]
    public Task Payload_JsonMergePatch_updateResource() => Run(async http =>
    {
        ResourcePatch patch = JsonSerializer.Deserialize(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateResource)), Json.ResourcePatch)!;
        AssertRead(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateResource), 1), await Client(http).UpdateResourceAsync(patch), Json.Resource);
    });

    [Scenario]
    public Task Payload_JsonMergePatch_updateOptionalResource() => Run(async http =>
    {
        ResourcePatch patch = JsonSerializer.Deserialize(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateOptionalResource)), Json.ResourcePatch)!;
        AssertRead(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateOptionalResource), 1), await Client(http).UpdateOptionalResourceAsync(patch), Json.Resource);
    });
}

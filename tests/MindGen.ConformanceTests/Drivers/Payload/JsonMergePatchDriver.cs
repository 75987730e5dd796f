using System.Text.Json;
using Conformance.Infrastructure;
using Conformance.Payload.JsonMergePatch;

namespace Conformance.Drivers.Payload;

/// <summary>
/// <c>application/merge-patch+json</c>: a resource created whole, then patched with the nulls that remove members.
/// A typed member that is null is left out, so a patch says "remove" with a JSON null under the member's name in
/// <c>AdditionalProperties</c> (which is written as it is) — here, the scenario's whole patch.
/// </summary>
public sealed class JsonMergePatchDriver(Spector spector) : Driver(spector)
{
    private static JsonMergePatchJsonContext Json => JsonMergePatchJsonContext.Default;

    private static JsonMergePatchClient Client(HttpClient http) => new(http);

    [Scenario] public Task Payload_JsonMergePatch_createResource() => Echoes((http, body) => Client(http).CreateResourceAsync(body), Json.Resource);

    [Scenario]
    public Task Payload_JsonMergePatch_updateResource() => Run(async http =>
        AssertRead(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateResource), 1), await Client(http).UpdateResourceAsync(Removals(nameof(Payload_JsonMergePatch_updateResource))), Json.Resource));

    [Scenario]
    public Task Payload_JsonMergePatch_updateOptionalResource() => Run(async http =>
        AssertRead(ScenarioDocs.Body(nameof(Payload_JsonMergePatch_updateOptionalResource), 1), await Client(http).UpdateOptionalResourceAsync(Removals(nameof(Payload_JsonMergePatch_updateOptionalResource))), Json.Resource));

    // The patch the scenario documents, every member (nulls included) as raw JSON.
    private static ResourcePatch Removals(string scenario) => new()
    {
        AdditionalProperties = JsonDocument.Parse(ScenarioDocs.Body(scenario)).RootElement.EnumerateObject().ToDictionary(member => member.Name, member => member.Value.Clone()),
    };
}

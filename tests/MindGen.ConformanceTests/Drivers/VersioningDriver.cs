using System.Text.Json;
using Conformance.Infrastructure;
using Added = Conformance.Versioning.Added_V2;
using MadeOptional = Conformance.Versioning.MadeOptional_V2;
using RemovedV1 = Conformance.Versioning.Removed_V1;
using RemovedV2 = Conformance.Versioning.Removed_V2;
using RemovedV2Preview = Conformance.Versioning.Removed_V2preview;
using RenamedFrom = Conformance.Versioning.RenamedFrom_V2;
using ReturnTypeChangedFrom = Conformance.Versioning.ReturnTypeChangedFrom_V2;
using TypeChangedFrom = Conformance.Versioning.TypeChangedFrom_V2;

namespace Conformance.Drivers;

/// <summary>
/// One document per API version, each calling <c>{endpoint}/versioning/…/api-version:{version}</c> with the version
/// set as a server variable: operations, members, enum values and parameters added, removed, renamed and retyped.
/// </summary>
public sealed class VersioningDriver(Spector spector) : Driver(spector)
{
    private static Added.Added_V2Client AddedClient(HttpClient http) => new(http, new Added.Added_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" });

    private static RenamedFrom.RenamedFrom_V2Client RenamedClient(HttpClient http) => new(http, new RenamedFrom.RenamedFrom_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" });

    [Scenario] public Task Versioning_Added_v1() => Echoes((http, body) => AddedClient(http).V1Async("bar", body), Added.Added_V2JsonContext.Default.ModelV1);
    [Scenario] public Task Versioning_Added_v2() => Echoes((http, body) => AddedClient(http).V2Async(body), Added.Added_V2JsonContext.Default.ModelV2);
    [Scenario] public Task Versioning_Added_InterfaceV2() => Echoes((http, body) => AddedClient(http).InterfaceV2V2InInterfaceAsync(body), Added.Added_V2JsonContext.Default.ModelV2);
    [Scenario] public Task Versioning_RenamedFrom_newOp() => Echoes((http, body) => RenamedClient(http).NewOpAsync("bar", body), RenamedFrom.RenamedFrom_V2JsonContext.Default.NewModel);
    // The scenario's text still calls the renamed member `prop`; the server and the document say `newProp`.
    [Scenario]
    public Task Versioning_RenamedFrom_NewInterface() => Echoes(
        (http, body) => RenamedClient(http).NewInterfaceNewOpInNewInterfaceAsync(body),
        RenamedFrom.RenamedFrom_V2JsonContext.Default.NewModel,
        ScenarioDocs.Body(nameof(Versioning_RenamedFrom_NewInterface)).Replace("\"prop\":", "\"newProp\":"));

    [Scenario]
    public Task Versioning_MadeOptional_test() => Echoes(
        (http, body) => new MadeOptional.MadeOptional_V2Client(http, new MadeOptional.MadeOptional_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" }).TestAsync(body),
        MadeOptional.MadeOptional_V2JsonContext.Default.TestModel);

    [Scenario]
    public Task Versioning_Removed_v2() => Echoes(
        (http, body) => new RemovedV2.Removed_V2Client(http, new RemovedV2.Removed_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" }).V2Async(body),
        RemovedV2.Removed_V2JsonContext.Default.ModelV2);

    [Scenario]
    public Task Versioning_TypeChangedFrom_test() => Echoes(
        (http, body) => new TypeChangedFrom.TypeChangedFrom_V2Client(http, new TypeChangedFrom.TypeChangedFrom_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" }).TestAsync("baz", body),
        TypeChangedFrom.TypeChangedFrom_V2JsonContext.Default.TestModel);

    [Scenario]
    public Task Versioning_ReturnTypeChangedFrom_test() => Run(async http =>
        Assert.Equal("test", await new ReturnTypeChangedFrom.ReturnTypeChangedFrom_V2Client(http, new ReturnTypeChangedFrom.ReturnTypeChangedFrom_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" }).TestAsync("test")));

    // The same operation in each version's document, each body as that version has it.
    [Scenario]
    public Task Versioning_Removed_modelV3() => Run(async http =>
    {
        const string scenario = nameof(Versioning_Removed_modelV3);
        var v1 = new RemovedV1.Removed_V1Client(http, new RemovedV1.Removed_V1ClientOptions { Endpoint = Endpoint(http), Version = "v1" });
        AssertRead(ScenarioDocs.Body(scenario, 1), await v1.ModelV3Async(JsonSerializer.Deserialize(ScenarioDocs.Body(scenario), RemovedV1.Removed_V1JsonContext.Default.ModelV3)!), RemovedV1.Removed_V1JsonContext.Default.ModelV3);
        var preview = new RemovedV2Preview.Removed_V2previewClient(http, new RemovedV2Preview.Removed_V2previewClientOptions { Endpoint = Endpoint(http), Version = "v2preview" });
        AssertRead(ScenarioDocs.Body(scenario, 3), await preview.ModelV3Async(JsonSerializer.Deserialize(ScenarioDocs.Body(scenario, 2), RemovedV2Preview.Removed_V2previewJsonContext.Default.ModelV3)!), RemovedV2Preview.Removed_V2previewJsonContext.Default.ModelV3);
        var v2 = new RemovedV2.Removed_V2Client(http, new RemovedV2.Removed_V2ClientOptions { Endpoint = Endpoint(http), Version = "v2" });
        AssertRead(ScenarioDocs.Body(scenario, 5), await v2.ModelV3Async(JsonSerializer.Deserialize(ScenarioDocs.Body(scenario, 4), RemovedV2.Removed_V2JsonContext.Default.ModelV3)!), RemovedV2.Removed_V2JsonContext.Default.ModelV3);
    });
}

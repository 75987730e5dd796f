using Conformance.Infrastructure;
using Conformance.Type.Model.Visibility;

namespace Conformance.Drivers.Type.Model;

public sealed class VisibilityDriver(Spector spector) : Driver(spector)
{
    private static VisibilityJsonContext Json => VisibilityJsonContext.Default;

    private static VisibilityClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Visibility_deleteModel() => Sends((http, body) => Client(http).DeleteModelAsync(body), Json.VisibilityModelDelete);

    // The scenario sends no body; the document gives GET one (with the model's read-only member required).
    [Scenario]
    public Task Type_Model_Visibility_getModel() => Run(async http =>
        Assert.Equal("abc", (await Client(http).GetModelAsync(123, new VisibilityModel { ReadProp = "abc" })).ReadProp));
    [Scenario] public Task Type_Model_Visibility_headModel() => Run(http => Client(http).HeadModelAsync(123, new VisibilityModel { ReadProp = "abc" }));
    [Scenario] public Task Type_Model_Visibility_patchModel() => Sends((http, body) => Client(http).PatchModelAsync(body), Json.VisibilityModelUpdate);
    [Scenario] public Task Type_Model_Visibility_postModel() => Sends((http, body) => Client(http).PostModelAsync(body), Json.VisibilityModelCreate);
    [Scenario] public Task Type_Model_Visibility_putModel() => Sends((http, body) => Client(http).PutModelAsync(body), Json.VisibilityModelCreateOrUpdate);
    [Scenario]
    public Task Type_Model_Visibility_putReadOnlyModel() => Run(async http =>
    {
        ReadOnlyModel read = await Client(http).PutReadOnlyModelAsync(new ReadOnlyModel());
        Assert.Equal([1, 2, 3], read.OptionalNullableIntList!);
        Assert.Equal("value2", read.OptionalStringRecord!["k2"]);
    });
}

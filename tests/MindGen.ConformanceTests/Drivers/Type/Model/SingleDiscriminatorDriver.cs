using Conformance.Infrastructure;
using Conformance.Type.Model.Inheritance.SingleDiscriminator;

namespace Conformance.Drivers.Type.Model;

public sealed class SingleDiscriminatorDriver(Spector spector) : Driver(spector)
{
    private static SingleDiscriminatorJsonContext Json => SingleDiscriminatorJsonContext.Default;

    private static SingleDiscriminatorClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_getLegacyModel() => Reads(http => Client(http).GetLegacyModelAsync(), Json.Dinosaur);

    // A body without its discriminator reads as the class asked for, members kept.
    [Scenario]
    public Task Type_Model_Inheritance_SingleDiscriminator_getMissingDiscriminator() => Run(async http =>
    {
        Bird read = await Client(http).GetMissingDiscriminatorAsync();
        Assert.Equal((typeof(Bird), 1), (read.GetType(), read.Wingspan));
    });

    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_getModel() => Reads(http => Client(http).GetModelAsync(), Json.Bird);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_getNoSubtypesModel() => Reads(http => Client(http).GetNoSubtypesModelAsync(), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_getRecursiveModel() => Reads(http => Client(http).GetRecursiveModelAsync(), Json.Bird);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_getWrongDiscriminator() => Reads(http => Client(http).GetWrongDiscriminatorAsync(), Json.Bird);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_putModel() => Sends((http, body) => Client(http).PutModelAsync(body), Json.Bird);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_putNoSubtypesModel() => Sends((http, body) => Client(http).PutNoSubtypesModelAsync(body), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_SingleDiscriminator_putRecursiveModel() => Sends((http, body) => Client(http).PutRecursiveModelAsync(body), Json.Bird);
}

using Conformance.Infrastructure;
using Conformance.Type.Model.Inheritance.NestedDiscriminator;

namespace Conformance.Drivers.Type.Model;

public sealed class NestedDiscriminatorDriver(Spector spector) : Driver(spector)
{
    private static NestedDiscriminatorJsonContext Json => NestedDiscriminatorJsonContext.Default;

    private static NestedDiscriminatorClient Client(HttpClient http) => new(http);

    // A body without its discriminator reads as the class asked for, members kept.
    [Scenario]
    public Task Type_Model_Inheritance_NestedDiscriminator_getMissingDiscriminator() => Run(async http =>
    {
        Fish read = await Client(http).GetMissingDiscriminatorAsync();
        Assert.Equal((typeof(Fish), 1), (read.GetType(), read.Age));
    });

    [Scenario] public Task Type_Model_Inheritance_NestedDiscriminator_getModel() => Reads(http => Client(http).GetModelAsync(), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_NestedDiscriminator_getRecursiveModel() => Reads(http => Client(http).GetRecursiveModelAsync(), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_NestedDiscriminator_getWrongDiscriminator() => Reads(http => Client(http).GetWrongDiscriminatorAsync(), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_NestedDiscriminator_putModel() => Sends((http, body) => Client(http).PutModelAsync(body), Json.Fish);
    [Scenario] public Task Type_Model_Inheritance_NestedDiscriminator_putRecursiveModel() => Sends((http, body) => Client(http).PutRecursiveModelAsync(body), Json.Fish);
}

using Conformance.Infrastructure;
using Conformance.Type.Model.Inheritance.EnumDiscriminator;

namespace Conformance.Drivers.Type.Model;

public sealed class EnumDiscriminatorDriver(Spector spector) : Driver(spector)
{
    private static EnumDiscriminatorJsonContext Json => EnumDiscriminatorJsonContext.Default;

    private static EnumDiscriminatorClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_getExtensibleModel() => Reads(http => Client(http).GetExtensibleModelAsync(), Json.Dog);

    // A body without its discriminator reads as the class asked for, members kept.
    [Scenario]
    public Task Type_Model_Inheritance_EnumDiscriminator_getExtensibleModelMissingDiscriminator() => Run(async http =>
    {
        Dog read = await Client(http).GetExtensibleModelMissingDiscriminatorAsync();
        Assert.Equal((typeof(Dog), 10), (read.GetType(), read.Weight));
    });

    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_getExtensibleModelWrongDiscriminator() => Reads(http => Client(http).GetExtensibleModelWrongDiscriminatorAsync(), Json.Dog);
    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_getFixedModel() => Reads(http => Client(http).GetFixedModelAsync(), Json.Snake);

    // A body without its discriminator reads as the class asked for, members kept.
    [Scenario]
    public Task Type_Model_Inheritance_EnumDiscriminator_getFixedModelMissingDiscriminator() => Run(async http =>
    {
        Snake read = await Client(http).GetFixedModelMissingDiscriminatorAsync();
        Assert.Equal((typeof(Snake), 10), (read.GetType(), read.Length));
    });

    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_getFixedModelWrongDiscriminator() => Reads(http => Client(http).GetFixedModelWrongDiscriminatorAsync(), Json.Snake);
    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_putExtensibleModel() => Sends((http, body) => Client(http).PutExtensibleModelAsync(body), Json.Dog);
    [Scenario] public Task Type_Model_Inheritance_EnumDiscriminator_putFixedModel() => Sends((http, body) => Client(http).PutFixedModelAsync(body), Json.Snake);
}

using System.Text.Json;
using Features;

namespace MindGen.IntegrationTests;

/// <summary>allOf: a schema that extends one object component becomes a derived class.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void A_derived_class_reads_and_writes_its_own_and_its_inherited_members()
    {
        const string json = """{"name":"Rex","barks":true,"legs":4}""";
        Dog dog = JsonSerializer.Deserialize(json, FeaturesJsonContext.Default.Dog)!;

        Animal animal = dog;
        Assert.Equal("Rex", animal.Name);
        Assert.True(dog.Barks);
        Assert.Equal(4, dog.AdditionalProperties!["legs"].GetInt32());
        Assert.Equal(json, JsonSerializer.Serialize(dog, FeaturesJsonContext.Default.Dog));
    }

    [Fact]
    public void Inherited_required_members_stay_required() =>
        Assert.Contains(
            "the required property 'name' of Dog is missing",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"barks":false}""", FeaturesJsonContext.Default.Dog)).Message);
}

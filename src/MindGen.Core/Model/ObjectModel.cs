using System.Linq;

namespace MindGen.Model;

/// <summary>A generated class for an object schema.</summary>
/// <param name="Name">The C# class name, unique in its namespace.</param>
/// <param name="Description">The schema's title/description, for XML docs.</param>
/// <param name="Properties">Every member on the wire: inherited ones first, then its own, in spec order.</param>
/// <param name="AdditionalPropertiesName">The member that keeps JSON properties the spec does not describe.</param>
/// <param name="BaseName">The base class (allOf with one object reference), or null.</param>
/// <param name="Polymorphism">For a base class with a discriminator: which value reads as which derived class.</param>
/// <param name="Discriminators">
/// For a class of discriminated hierarchies: per hierarchy, the discriminator member and the value that names
/// this class (two for a class in the middle that starts a hierarchy of its own: Shark is <c>kind: shark</c>
/// among fish and <c>sharktype: Shark</c> among sharks).
/// </param>
/// <param name="AdditionalPropertiesType">
/// The type of those members when the schema types them (<c>additionalProperties: {type: integer}</c> beside
/// <c>properties</c>); null keeps them as JSON. A derived class shares its root's.
/// </param>
public sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string AdditionalPropertiesName,
    string? BaseName = null,
    PolymorphismModel? Polymorphism = null,
    EquatableArray<DiscriminatorValueModel> Discriminators = default,
    TypeRef? AdditionalPropertiesType = null)
{
    /// <summary>The value that names this class in the hierarchy discriminated by <paramref name="jsonName"/>, if it is in one.</summary>
    public DiscriminatorValueModel? DiscriminatorFor(string jsonName) => Discriminators.FirstOrDefault(value => value.PropertyJsonName == jsonName);

    /// <summary>The class with its value in one more hierarchy.</summary>
    public ObjectModel WithDiscriminator(DiscriminatorValueModel value) =>
        DiscriminatorFor(value.PropertyJsonName) is null ? this with { Discriminators = Discriminators.Append(value).ToEquatableArray() } : this;
}

/// <summary>A discriminated hierarchy, seen from its base: most-derived classes first.</summary>
/// <param name="DefaultClassName">
/// The class a value naming none of them reads as (OpenAPI 3.2's <c>defaultMapping</c>, also when the property is
/// missing); null: the base itself.
/// </param>
public sealed record PolymorphismModel(string PropertyJsonName, EquatableArray<DiscriminatorValueModel> Derived, string? DefaultClassName = null);

/// <summary>A discriminator value and the class it names.</summary>
public sealed record DiscriminatorValueModel(string PropertyJsonName, string Value, string ClassName);

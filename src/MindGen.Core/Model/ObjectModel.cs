namespace MindGen.Model;

/// <summary>A generated class for an object schema.</summary>
/// <param name="Name">The C# class name, unique in its namespace.</param>
/// <param name="Description">The schema's title/description, for XML docs.</param>
/// <param name="Properties">Every member on the wire: inherited ones first, then its own, in spec order.</param>
/// <param name="AdditionalPropertiesName">The member that keeps JSON properties the spec does not describe.</param>
/// <param name="BaseName">The base class (allOf with one object reference), or null.</param>
public sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string AdditionalPropertiesName,
    string? BaseName = null);

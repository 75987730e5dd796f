namespace MindGen.Model;

/// <summary>A generated class for an object schema.</summary>
/// <param name="Name">The C# class name, unique in its namespace.</param>
/// <param name="Description">The schema's title/description, for XML docs.</param>
/// <param name="Properties">The members, in the order the spec lists them.</param>
/// <param name="AdditionalPropertiesName">The member that keeps JSON properties the spec does not describe.</param>
public sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    string AdditionalPropertiesName);

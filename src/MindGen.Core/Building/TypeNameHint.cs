using MindGen.Naming;

namespace MindGen.Building;

/// <summary>
/// How to name the type of an inline schema: after the place it appears (a property, an array's items, an
/// operation's response), with the enclosing type's name as <see cref="Parent"/> for <see cref="TypeNamer"/>
/// to put in front on a clash.
/// </summary>
internal readonly record struct TypeNameHint(string Name, string? Parent)
{
    public static TypeNameHint ForProperty(string parentType, string jsonName) =>
        new(Identifier.ToPascalCase(jsonName) is { Length: > 0 } name ? name : "Property", parentType);

    /// <summary>Array items are named in the singular: <c>segments</c> → <c>Segment</c>.</summary>
    public TypeNameHint ForItems() => new(Inflector.Singularize(Name) is var singular && singular != Name ? singular : Name + "Item", Parent);

    public TypeNameHint ForMapValues() => new(Name + "Value", Parent);
}

using MindGen.Naming;

namespace MindGen.Building;

/// <summary>
/// How to name a class for an inline object schema: after the place it appears (a property, an array's
/// items, an operation's response), falling back to the enclosing type's name as a prefix on a clash.
/// docs/naming.md describes the rules.
/// </summary>
internal readonly record struct TypeNameHint(string Name, string? Parent)
{
    public static TypeNameHint ForProperty(string parentType, string jsonName) =>
        new(Fallback(Identifier.ToPascalCase(jsonName), "Property"), parentType);

    /// <summary>Array items are named in the singular: <c>segments</c> → <c>Segment</c>.</summary>
    public TypeNameHint ForItems() => new(Inflector.Singularize(Name) is var singular && singular != Name ? singular : Name + "Item", Parent);

    public TypeNameHint ForMapValues() => new(Name + "Value", Parent);

    private static string Fallback(string name, string fallback) => name.Length == 0 ? fallback : name;
}

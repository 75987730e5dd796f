namespace MindGen.Model;

/// <summary>One member of a generated class.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="Type">The wire type.</param>
/// <param name="IsRequired">The schema lists the member under <c>required</c>.</param>
/// <param name="Description">For XML docs.</param>
/// <param name="IsInherited">Declared by the base class; the class only reads and writes it.</param>
/// <param name="Notes">What else the spec says (read-only, default, example), as plain text for XML docs.</param>
public sealed record PropertyModel(string Name, string JsonName, TypeRef Type, bool IsRequired, string? Description, bool IsInherited = false, string? Notes = null)
{
    /// <summary>
    /// The C# type admits null when the value may be JSON null or may be missing: an honest annotation.
    /// </summary>
    public bool IsNullableInCSharp => Type.IsNullable || !IsRequired;
}

namespace MindGen.Model;

/// <summary>One member of a generated class.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The name on the wire, exactly as the spec spells it.</param>
/// <param name="Type">The wire type.</param>
/// <param name="IsRequired">The schema lists the member under <c>required</c>.</param>
/// <param name="Description">For XML docs.</param>
/// <param name="IsInherited">Declared by the base class; the class only reads and writes it.</param>
/// <param name="Facts">What else the spec says that the C# type cannot carry.</param>
/// <param name="IsDiscriminator">
/// The member whose value names the class in a discriminated hierarchy. Each class sets it to its own value
/// when created, it is written first, and a body without it still reads (as the class it was read as).
/// </param>
public sealed record PropertyModel(string Name, string JsonName, TypeRef Type, bool IsRequired, string? Description, bool IsInherited = false, MemberFacts? Facts = null, bool IsDiscriminator = false)
{
    /// <summary>
    /// The C# type admits null when the value may be JSON null or may be missing: an honest annotation.
    /// </summary>
    public bool IsNullableInCSharp => Type.IsNullable || !IsRequired;

    /// <summary>
    /// The C# property is <c>required</c>: it never holds null and must be set. The discriminator is not:
    /// each class's constructor sets it.
    /// </summary>
    public bool IsRequiredInCSharp => !IsNullableInCSharp && !IsDiscriminator;
}

/// <summary>
/// Facts of a member beyond its type. The server applies defaults, so they are documented, not assigned.
/// </summary>
/// <param name="DefaultJson">The spec's <c>default</c>, as JSON text.</param>
/// <param name="ExampleJson">The spec's first example, as JSON text.</param>
public sealed record MemberFacts(bool IsReadOnly, bool IsWriteOnly, bool IsDeprecated, string? DefaultJson, string? ExampleJson);

namespace MindGen.Model;

/// <summary>
/// The type of a value on the wire, as the spec describes it. <see cref="IsNullable"/> is true only when the
/// spec allows JSON <c>null</c> (3.0 <c>nullable</c>, 3.1 <c>type: [.., "null"]</c>); whether a member may be
/// absent is a separate fact (<see cref="PropertyModel.IsRequired"/>).
/// </summary>
public abstract record TypeRef
{
    public bool IsNullable { get; init; }
}

/// <summary>A scalar that maps to a BCL type.</summary>
public sealed record PrimitiveTypeRef(PrimitiveKind Kind) : TypeRef
{
    /// <summary>
    /// A number that may also arrive as a JSON string holding one (<c>type: [integer, string]</c>, which ASP.NET
    /// Core writes for every number because its server reads them either way). It is written as a number.
    /// </summary>
    public bool AcceptsNumericString { get; init; }

    /// <summary>An integer or floating-point kind, read with the reader's number methods.</summary>
    public bool IsNumber => Kind is >= PrimitiveKind.SByte and <= PrimitiveKind.Decimal;
}

/// <summary>An object schema that became a generated class.</summary>
public sealed record ModelTypeRef(string Name) : TypeRef;

/// <summary>A schema with an <c>enum</c> list that became a generated open enum.</summary>
public sealed record EnumTypeRef(string Name, bool IsInteger) : TypeRef;

/// <summary>A <c>oneOf</c>/<c>anyOf</c> that became a generated union class.</summary>
public sealed record UnionTypeRef(string Name) : TypeRef;

/// <summary>A JSON array; becomes <c>IReadOnlyList&lt;T&gt;</c>.</summary>
public sealed record ArrayTypeRef(TypeRef Element) : TypeRef;

/// <summary>An object used as a dictionary (<c>additionalProperties</c>); becomes <c>IReadOnlyDictionary&lt;string, T&gt;</c>.</summary>
public sealed record MapTypeRef(TypeRef Value) : TypeRef;

/// <summary>Any JSON value, kept as it came (free-form schemas and constructs not yet supported).</summary>
public sealed record AnyTypeRef : TypeRef;

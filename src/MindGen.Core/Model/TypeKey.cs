namespace MindGen.Model;

/// <summary>
/// Names for type shapes. <see cref="Of"/> is unique per distinct shape and names serialization helpers;
/// <see cref="Words"/> reads well in public names (union accessors, context properties) but is not unique.
/// </summary>
public static class TypeKey
{
    /// <summary>
    /// A key unique per distinct shape: a generated type's own name (PascalCase, or an underscore before a
    /// digit), and for everything else lower-case words joined by underscores (<c>long</c>,
    /// <c>longOrString</c>, <c>list_TicketWorklog</c>, <c>list_nullable_string</c>, <c>map_long</c>). The two kinds cannot meet,
    /// so a schema called <c>Boolean</c> or <c>ArrayOfPet</c> never shares a helper with a built-in shape.
    /// </summary>
    public static string Of(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => Primitive(primitive.Kind) + (primitive.AcceptsNumericString ? "OrString" : string.Empty),
        ModelTypeRef model => model.Name,
        EnumTypeRef enumeration => enumeration.Name,
        UnionTypeRef union => union.Name,
        ArrayTypeRef array => "list_" + (array.Element.IsNullable ? "nullable_" : string.Empty) + Of(array.Element),
        MapTypeRef map => "map_" + (map.Value.IsNullable ? "nullable_" : string.Empty) + Of(map.Value),
        _ => "json",
    };

    /// <summary>The shape in PascalCase words: <c>Int64</c>, <c>TicketWorklog</c>, <c>ArrayOfNullableString</c>, <c>MapOfInt64</c>.</summary>
    public static string Words(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => primitive.Kind.ToString(),
        ModelTypeRef model => model.Name,
        EnumTypeRef enumeration => enumeration.Name,
        UnionTypeRef union => union.Name,
        ArrayTypeRef array => "ArrayOf" + (array.Element.IsNullable ? "Nullable" : string.Empty) + Words(array.Element),
        MapTypeRef map => "MapOf" + (map.Value.IsNullable ? "Nullable" : string.Empty) + Words(map.Value),
        _ => "JsonElement",
    };

    private static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Boolean => "bool",
        PrimitiveKind.SByte => "sbyte",
        PrimitiveKind.Byte => "byte",
        PrimitiveKind.Int16 => "short",
        PrimitiveKind.UInt16 => "ushort",
        PrimitiveKind.Int32 => "int",
        PrimitiveKind.UInt32 => "uint",
        PrimitiveKind.Int64 => "long",
        PrimitiveKind.UInt64 => "ulong",
        PrimitiveKind.Single => "float",
        PrimitiveKind.Double => "double",
        PrimitiveKind.Decimal => "decimal",
        PrimitiveKind.Date => "date",
        PrimitiveKind.DateTime => "dateTime",
        PrimitiveKind.Time => "time",
        PrimitiveKind.Duration => "duration",
        PrimitiveKind.TimeSpan => "timeSpan",
        PrimitiveKind.Char => "char",
        PrimitiveKind.Guid => "guid",
        PrimitiveKind.Uri => "uri",
        PrimitiveKind.Base64Bytes => "bytes",
        _ => "stream",
    };
}

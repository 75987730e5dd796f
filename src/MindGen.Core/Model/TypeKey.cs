namespace MindGen.Model;

/// <summary>
/// A name unique per distinct type shape: <c>Int64</c>, <c>TicketWorklog</c>, <c>ArrayOfNullableString</c>,
/// <c>MapOfInt32</c>. It names serialization helpers and union accessors, and tells shapes apart.
/// </summary>
public static class TypeKey
{
    public static string Of(TypeRef type) => type switch
    {
        PrimitiveTypeRef primitive => primitive.Kind.ToString(),
        ModelTypeRef model => model.Name,
        EnumTypeRef enumeration => enumeration.Name,
        UnionTypeRef union => union.Name,
        ArrayTypeRef array => "ArrayOf" + (array.Element.IsNullable ? "Nullable" : string.Empty) + Of(array.Element),
        MapTypeRef map => "MapOf" + (map.Value.IsNullable ? "Nullable" : string.Empty) + Of(map.Value),
        _ => "JsonElement",
    };
}

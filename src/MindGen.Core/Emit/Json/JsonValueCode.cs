using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>The expressions and statements that read or write one value of a given type.</summary>
internal static class JsonValueCode
{
    /// <summary>An expression reading the value the reader stands on; null is accepted when <paramref name="allowNull"/>.</summary>
    public static string Read(TypeRef type, bool allowNull)
    {
        string key = TypeKey.Of(type with { IsNullable = false });
        return (allowNull ? GeneratedNames.ReadOrNullMethod(key) : GeneratedNames.ReadMethod(key)) + "(ref reader)";
    }

    /// <summary>A statement writing <paramref name="value"/>, which is not null.</summary>
    public static string Write(TypeRef type, string value) =>
        $"{GeneratedNames.WriteMethod(TypeKey.Of(type with { IsNullable = false }))}(writer, {value});";

    /// <summary>
    /// Statements writing the member <paramref name="nameField"/> (a JsonEncodedText) with <paramref name="value"/>,
    /// which is not null: one writer call for the scalars the writer has a combined method for.
    /// </summary>
    public static string WriteMember(TypeRef type, string nameField, string value) => type switch
    {
        PrimitiveTypeRef { Kind: PrimitiveKind.String or PrimitiveKind.Guid } => $"writer.WriteString({nameField}, {value});",
        PrimitiveTypeRef { Kind: PrimitiveKind.Boolean } => $"writer.WriteBoolean({nameField}, {value});",
        PrimitiveTypeRef { IsNumber: true } => $"writer.WriteNumber({nameField}, {value});",
        PrimitiveTypeRef { Kind: PrimitiveKind.DateTime } => JsonPrimitiveCode.WriteDateTime(value, nameField),
        _ => $"writer.WritePropertyName({nameField}); {Write(type, value)}",
    };

    /// <summary>
    /// A statement writing <paramref name="value"/> of a possibly-null C# type: the value, or JSON null.
    /// </summary>
    public static string WriteNullable(TypeRef type, string value, string local) =>
        $"if ({value} is {{ }} {local}) {{ {Write(type, local)} }} else {{ writer.WriteNullValue(); }}";
}

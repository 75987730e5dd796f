using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// The expressions and statements that read or write one value of a given type, wherever its methods live, for code
/// in the context's parts (<paramref name="fromPart"/>: the shapes' methods) or on the context itself.
/// </summary>
internal sealed class JsonValueCode(JsonPartitions parts, JsonShapes shapes, bool fromPart)
{
    /// <summary>An expression reading the value the reader stands on; null is accepted when <paramref name="allowNull"/>.</summary>
    public string Read(TypeRef type, bool allowNull) => ReadMethod(type, allowNull) + "(ref reader)";

    /// <summary>The method that reads <paramref name="type"/> (null too when <paramref name="allowNull"/>), as a call or a delegate names it.</summary>
    public string ReadMethod(TypeRef type, bool allowNull)
    {
        string key = TypeKey.Of(type);
        if (allowNull && !shapes.IsReadOrNull(type))
        {
            // JsonShapes decides which readers-or-null exist; asking for another is a bug in MindGen, not in the spec.
            throw new System.InvalidOperationException($"No reader-or-null was emitted for {key}: JsonShapes and the JSON emitters disagree.");
        }

        return parts.Qualified(type, allowNull ? GeneratedNames.ReadOrNullMethod(key) : GeneratedNames.ReadMethod(key), fromPart);
    }

    /// <summary>The method that writes <paramref name="type"/>'s values that are not null.</summary>
    public string WriteMethod(TypeRef type) => parts.Qualified(type, GeneratedNames.WriteMethod(TypeKey.Of(type)), fromPart);

    /// <summary>A statement writing <paramref name="value"/>, which is not null.</summary>
    public string Write(TypeRef type, string value) => $"{WriteMethod(type)}(writer, {value});";

    /// <summary>
    /// Statements writing the member <paramref name="nameField"/> (a JsonEncodedText) with <paramref name="value"/>,
    /// which is not null: one writer call for the scalars the writer has a combined method for.
    /// </summary>
    public string WriteMember(TypeRef type, string nameField, string value) => type switch
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
    public string WriteNullable(TypeRef type, string value, string local) =>
        $"if ({value} is {{ }} {local}) {{ {Write(type, local)} }} else {{ writer.WriteNullValue(); }}";
}

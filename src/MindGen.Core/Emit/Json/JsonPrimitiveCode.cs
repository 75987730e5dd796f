using System;
using MindGen.Emit.Writing;
using MindGen.Model;

namespace MindGen.Emit.Json;

/// <summary>
/// How each scalar is read and written. Reads check the token type first and report a mismatch as a
/// JsonException with a readable reason, never an InvalidOperationException from the reader.
/// </summary>
internal static class JsonPrimitiveCode
{
    /// <summary>The condition under which the value can be read, the expression that reads it, what was expected.</summary>
    public static (string Condition, string Expression, string Expected) Read(PrimitiveTypeRef type)
    {
        (string condition, string expression, string expected) = Read(type.Kind);
        if (!type.AcceptsNumericString)
        {
            return (condition, expression, expected);
        }

        // A string holding the number: parsed the way System.Text.Json's AllowReadingFromString does.
        string number = TypeSyntax.Primitive(type.Kind);
        string styles = type.Kind is PrimitiveKind.Single or PrimitiveKind.Double or PrimitiveKind.Decimal ? "Float" : "Integer";
        return (
            $"({condition}) || (reader.TokenType == {JsonNames.TokenType}.String && {number}.TryParse(reader.GetString(), sys::Globalization.NumberStyles.{styles}, {JsonNames.Invariant}, out value))",
            expression,
            expected + " or a string holding one");
    }

    private static (string Condition, string Expression, string Expected) Read(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => ($"reader.TokenType == {JsonNames.TokenType}.String", "StringCache.Read(ref reader)", "a string"),
        PrimitiveKind.Boolean => ($"reader.TokenType is {JsonNames.TokenType}.True or {JsonNames.TokenType}.False", "reader.GetBoolean()", "true or false"),
        PrimitiveKind.SByte => Integer("TryGetSByte", "sbyte", "SByte"),
        PrimitiveKind.Byte => Integer("TryGetByte", "byte", "Byte"),
        PrimitiveKind.Int16 => Integer("TryGetInt16", "short", "Int16"),
        PrimitiveKind.UInt16 => Integer("TryGetUInt16", "ushort", "UInt16"),
        PrimitiveKind.Int32 => Integer("TryGetInt32", "int", "Int32"),
        PrimitiveKind.UInt32 => Integer("TryGetUInt32", "uint", "UInt32"),
        PrimitiveKind.Int64 => Integer("TryGetInt64", "long", "Int64"),
        PrimitiveKind.UInt64 => Integer("TryGetUInt64", "ulong", "UInt64"),
        PrimitiveKind.Single => (Number("TryGetSingle", "float"), "value", "a number (Single)"),
        PrimitiveKind.Double => (Number("TryGetDouble", "double"), "value", "a number (Double)"),
        PrimitiveKind.Decimal => (Number("TryGetDecimal", "decimal"), "value", "a number (Decimal)"),
        PrimitiveKind.Date => ($"reader.TokenType == {JsonNames.TokenType}.String && ReadDate(ref reader, out sys::DateOnly value)", "value", "a date (yyyy-MM-dd)"),
        PrimitiveKind.DateTime => (String("TryGetDateTimeOffset", "sys::DateTimeOffset"), "value", "a date-time (ISO 8601)"),
        PrimitiveKind.Time => (
            $"reader.TokenType == {JsonNames.TokenType}.String && sys::TimeOnly.TryParse(reader.GetString(), {JsonNames.Invariant}, sys::Globalization.DateTimeStyles.None, out sys::TimeOnly value)",
            "value",
            "a time (HH:mm:ss)"),
        PrimitiveKind.Duration or PrimitiveKind.TimeSpan => (
            $"reader.TokenType == {JsonNames.TokenType}.String && ParseDuration(reader.GetString()!) is {{ }} value",
            "value",
            kind == PrimitiveKind.Duration ? "a duration (ISO 8601, e.g. P1DT2H)" : "a time span (d.hh:mm:ss)"),
        PrimitiveKind.Char => ($"reader.TokenType == {JsonNames.TokenType}.String && reader.GetString() is {{ Length: 1 }} text", "text[0]", "one character"),
        PrimitiveKind.Guid => (String("TryGetGuid", "sys::Guid"), "value", "a UUID"),
        PrimitiveKind.Uri => (
            $"reader.TokenType == {JsonNames.TokenType}.String && sys::Uri.TryCreate(reader.GetString(), sys::UriKind.RelativeOrAbsolute, out sys::Uri? value)",
            "value",
            "a URI"),
        PrimitiveKind.Base64Bytes => (String("TryGetBytesFromBase64", "byte[]?"), "value!", "base64-encoded bytes"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Statements writing <c>value</c>.</summary>
    public static string Write(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "writer.WriteStringValue(value);",
        PrimitiveKind.Boolean => "writer.WriteBooleanValue(value);",
        _ when new PrimitiveTypeRef(kind).IsNumber => "writer.WriteNumberValue(value);",
        PrimitiveKind.Date => $"sys::Span<byte> text = stackalloc byte[10]; value.TryFormat(text, out int length, \"yyyy-MM-dd\", {JsonNames.Invariant}); writer.WriteStringValue(text.Slice(0, length));",
        PrimitiveKind.DateTime => WriteDateTime("value", nameField: null),
        PrimitiveKind.Time => $"writer.WriteStringValue(value.ToString(\"HH:mm:ss.FFFFFFF\", {JsonNames.Invariant}));",
        PrimitiveKind.Duration => "writer.WriteStringValue(sys::Xml.XmlConvert.ToString(value));",
        PrimitiveKind.TimeSpan => $"writer.WriteStringValue(value.ToString(\"c\", {JsonNames.Invariant}));",
        PrimitiveKind.Char => "sys::Span<char> text = stackalloc char[] { value }; writer.WriteStringValue(text);",
        PrimitiveKind.Guid => "writer.WriteStringValue(value);",
        PrimitiveKind.Uri => "writer.WriteStringValue(value.OriginalString);",
        PrimitiveKind.Base64Bytes => "writer.WriteBase64StringValue(value);",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Writes a date-time, as a member when <paramref name="nameField"/> is given: UTC values keep the
    /// conventional "Z" form, others keep their offset.
    /// </summary>
    public static string WriteDateTime(string value, string? nameField)
    {
        string call = nameField is null ? "writer.WriteStringValue(" : $"writer.WriteString({nameField}, ";
        return $"if ({value}.Offset == sys::TimeSpan.Zero) {{ {call}{value}.UtcDateTime); }} else {{ {call}{value}); }}";
    }

    private static (string, string, string) Integer(string tryGet, string type, string name) =>
        (Number(tryGet, type), "value", $"an integer ({name})");

    private static string Number(string tryGet, string type) =>
        $"reader.TokenType == {JsonNames.TokenType}.Number && reader.{tryGet}(out {type} value)";

    private static string String(string tryGet, string type) =>
        $"reader.TokenType == {JsonNames.TokenType}.String && reader.{tryGet}(out {type} value)";
}

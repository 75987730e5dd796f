using System;
using MindGen.Model;

namespace MindGen.Emit.Json;

/// <summary>
/// How each scalar is read and written. Reads check the token type first and report a mismatch as a
/// JsonException with a readable reason, never an InvalidOperationException from the reader.
/// </summary>
internal static class JsonPrimitiveCode
{
    /// <summary>The condition under which the value can be read, the expression that reads it, what was expected.</summary>
    public static (string Condition, string Expression, string Expected) Read(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => ($"reader.TokenType == {JsonNames.TokenType}.String", "StringCache.Read(ref reader)", "a string"),
        PrimitiveKind.Boolean => ($"reader.TokenType is {JsonNames.TokenType}.True or {JsonNames.TokenType}.False", "reader.GetBoolean()", "true or false"),
        PrimitiveKind.Int32 => (Number("TryGetInt32", "int"), "value", "an integer (Int32)"),
        PrimitiveKind.Int64 => (Number("TryGetInt64", "long"), "value", "an integer (Int64)"),
        PrimitiveKind.Single => (Number("TryGetSingle", "float"), "value", "a number (Single)"),
        PrimitiveKind.Double => (Number("TryGetDouble", "double"), "value", "a number (Double)"),
        PrimitiveKind.Decimal => (Number("TryGetDecimal", "decimal"), "value", "a number (Decimal)"),
        PrimitiveKind.Date => ($"reader.TokenType == {JsonNames.TokenType}.String && ReadDate(ref reader, out global::System.DateOnly value)", "value", "a date (yyyy-MM-dd)"),
        PrimitiveKind.DateTime => (String("TryGetDateTimeOffset", "global::System.DateTimeOffset"), "value", "a date-time (ISO 8601)"),
        PrimitiveKind.Time => (
            $"reader.TokenType == {JsonNames.TokenType}.String && global::System.TimeOnly.TryParse(reader.GetString(), {JsonNames.Invariant}, global::System.Globalization.DateTimeStyles.None, out global::System.TimeOnly value)",
            "value",
            "a time (HH:mm:ss)"),
        PrimitiveKind.Duration => (
            $"reader.TokenType == {JsonNames.TokenType}.String && ParseDuration(reader.GetString()!) is {{ }} value",
            "value",
            "a duration (ISO 8601, e.g. P1DT2H)"),
        PrimitiveKind.Guid => (String("TryGetGuid", "global::System.Guid"), "value", "a UUID"),
        PrimitiveKind.Uri => (
            $"reader.TokenType == {JsonNames.TokenType}.String && global::System.Uri.TryCreate(reader.GetString(), global::System.UriKind.RelativeOrAbsolute, out global::System.Uri? value)",
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
        PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Single or PrimitiveKind.Double or PrimitiveKind.Decimal => "writer.WriteNumberValue(value);",
        PrimitiveKind.Date => $"global::System.Span<byte> text = stackalloc byte[10]; value.TryFormat(text, out int length, \"yyyy-MM-dd\", {JsonNames.Invariant}); writer.WriteStringValue(text.Slice(0, length));",
        PrimitiveKind.DateTime => WriteDateTime("value", nameField: null),
        PrimitiveKind.Time => $"writer.WriteStringValue(value.ToString(\"HH:mm:ss.FFFFFFF\", {JsonNames.Invariant}));",
        PrimitiveKind.Duration => "writer.WriteStringValue(global::System.Xml.XmlConvert.ToString(value));",
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
        return $"if ({value}.Offset == global::System.TimeSpan.Zero) {{ {call}{value}.UtcDateTime); }} else {{ {call}{value}); }}";
    }

    private static string Number(string tryGet, string type) =>
        $"reader.TokenType == {JsonNames.TokenType}.Number && reader.{tryGet}(out {type} value)";

    private static string String(string tryGet, string type) =>
        $"reader.TokenType == {JsonNames.TokenType}.String && reader.{tryGet}(out {type} value)";
}

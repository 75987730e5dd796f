using MindGen.Model;

namespace MindGen.Emit.Fake;

/// <summary>
/// How a fake reads a parameter of each scalar kind from its text: the FakeRequest template's parser (a narrower
/// integer or float is read wide, then checked into its type) and what a violation says the value must be. The
/// generated fakes call the parser by name; <c>mindgen mock</c>, which compiles the same template, calls it directly.
/// </summary>
public static class FakeValues
{
    public static (string Parser, string Expected) Of(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => ("Text", "a string"),
        PrimitiveKind.Boolean => ("Boolean", "true or false"),
        PrimitiveKind.SByte => ("Integer", "an integer (int8)"),
        PrimitiveKind.Int16 => ("Integer", "an integer (int16)"),
        PrimitiveKind.Int32 => ("Integer", "an integer (int32)"),
        PrimitiveKind.Int64 => ("Integer", "an integer (int64)"),
        PrimitiveKind.Byte => ("UnsignedInteger", "an unsigned integer (uint8)"),
        PrimitiveKind.UInt16 => ("UnsignedInteger", "an unsigned integer (uint16)"),
        PrimitiveKind.UInt32 => ("UnsignedInteger", "an unsigned integer (uint32)"),
        PrimitiveKind.UInt64 => ("UnsignedInteger", "an unsigned integer (uint64)"),
        PrimitiveKind.Single or PrimitiveKind.Double => ("Number", "a number"),
        PrimitiveKind.Decimal => ("Decimal", "a number"),
        PrimitiveKind.Date => ("Date", "a date (yyyy-MM-dd)"),
        PrimitiveKind.DateTime => ("DateTime", "a date and time (RFC 3339)"),
        PrimitiveKind.Time => ("Time", "a time (HH:mm:ss)"),
        PrimitiveKind.Duration or PrimitiveKind.TimeSpan => ("Duration", "a duration"),
        PrimitiveKind.Char => ("Char", "one character"),
        PrimitiveKind.Guid => ("Guid", "a UUID"),
        PrimitiveKind.Uri => ("Uri", "a URI"),
        _ => ("Base64", "base64-encoded bytes"),
    };

    /// <summary>
    /// Where a parameter is, as violations name it and the FakeRequest template reads it: a label or matrix path value
    /// carries its style's prefix (<c>.5</c>, <c>;id=5</c>), which the reader strips.
    /// </summary>
    public static string Location(ParameterModel parameter) => parameter.Location switch
    {
        ParameterLocation.Path when parameter.Style == ParameterStyle.Label => "path (label)",
        ParameterLocation.Path when parameter.Style == ParameterStyle.Matrix => "path (matrix)",
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        _ => "cookie",
    };

    /// <summary>What separates a list's items in one value of the style (an exploded query list repeats the name instead).</summary>
    public static char Delimiter(ParameterStyle style) => style switch
    {
        ParameterStyle.SpaceDelimited => ' ',
        ParameterStyle.PipeDelimited => '|',
        _ => ',',
    };

    /// <summary>What a violation says an enum's value must be: its values when they are few.</summary>
    public static string Listed(EnumModel? enumeration) =>
        enumeration is null || enumeration.Members.Count == 0 ? "a value the spec lists"
        : enumeration.Members.Count <= 8 ? "one of " + string.Join(", ", System.Linq.Enumerable.Select(enumeration.Members, member => "'" + member.Value + "'"))
        : $"one of the {enumeration.Members.Count} values the spec lists";
}

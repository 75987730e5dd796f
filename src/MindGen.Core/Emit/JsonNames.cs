namespace MindGen.Emit;

/// <summary>
/// Fully qualified names the JSON emitters use. Generated code never relies on <c>using</c> directives: a
/// spec may define a type called <c>JsonElement</c> or <c>Utf8JsonReader</c> in the same namespace.
/// </summary>
internal static class JsonNames
{
    public const string Json = "global::System.Text.Json";
    public const string Reader = Json + ".Utf8JsonReader";
    public const string Writer = Json + ".Utf8JsonWriter";
    public const string TokenType = Json + ".JsonTokenType";
    public const string Exception = Json + ".JsonException";
    public const string Element = Json + ".JsonElement";
    public const string EncodedText = Json + ".JsonEncodedText";
    public const string Options = Json + ".JsonSerializerOptions";
    public const string Metadata = Json + ".Serialization.Metadata";
    public const string TypeInfo = Metadata + ".JsonTypeInfo";
    public const string Converter = Json + ".Serialization.JsonConverter";
    public const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    // Helper members carry an underscore: generated type names never contain one (Identifier strips them),
    // so a helper can never clash with a context property named after a model.
    public static string Read(string key) => "Read_" + key;

    public static string ReadOrNull(string key) => "Read_" + key + "_OrNull";

    public static string Write(string key) => "Write_" + key;

    public static string ConverterClass(string key) => key + "_Converter";
}

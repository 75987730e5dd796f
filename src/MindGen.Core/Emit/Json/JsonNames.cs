namespace MindGen.Emit.Json;

/// <summary>
/// Fully qualified names of the System.Text.Json types the JSON emitters write. Generated code never
/// relies on <c>using</c> directives: a spec may define a type called <c>JsonElement</c> or <c>Utf8JsonReader</c>.
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
}

namespace MindGen.Emit.Json;

/// <summary>
/// Qualified names of the System.Text.Json types the JSON emitters write, through the alias every generated
/// file declares (<see cref="Writing.FileHeader.JsonAlias"/>): a spec may define a type called
/// <c>JsonElement</c> or <c>Utf8JsonReader</c>, and an alias-qualified name looks up aliases only.
/// </summary>
internal static class JsonNames
{
    public const string Json = Writing.FileHeader.JsonAlias + "::";
    public const string Reader = Json + "Utf8JsonReader";
    public const string Writer = Json + "Utf8JsonWriter";
    public const string TokenType = Json + "JsonTokenType";
    public const string Exception = Json + "JsonException";
    public const string Element = Json + "JsonElement";
    public const string EncodedText = Json + "JsonEncodedText";
    public const string Options = Json + "JsonSerializerOptions";
    public const string Metadata = Json + "Serialization.Metadata";
    public const string TypeInfo = Metadata + ".JsonTypeInfo";
    public const string Converter = Json + "Serialization.JsonConverter";
    public const string Invariant = "sys::Globalization.CultureInfo.InvariantCulture";
}

// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when a class reads as one of
// its derived classes by a discriminator. Not compiled into MindGen itself; a test compiles it with the other
// templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Scans ahead on a copy of the reader (a struct), so the caller stays where it was. The whole
    // object is in the buffer: System.Text.Json reads a value completely before a converter sees it.
    private static string? PeekDiscriminator(global::System.Text.Json.Utf8JsonReader reader, global::System.ReadOnlySpan<byte> name)
    {
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            bool isDiscriminator = reader.ValueTextEquals(name);
            reader.Read();
            if (isDiscriminator)
            {
                return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            }

            reader.TrySkip();
        }

        return null;
    }
}

// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when a class has members to
// match by name. Not compiled into MindGen itself; a test compiles it with the other templates
// (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Member names are matched as UTF-8 bytes; the rare escaped or split one is unescaped first.
    private static byte[] UnescapedName(ref global::System.Text.Json.Utf8JsonReader reader) => global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
}

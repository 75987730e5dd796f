// Template: members of every spec's JSON context (<Name>JsonContext). Every context has these: the one
// converter class that hands System.Text.Json over to a type's static read and write methods. Not compiled
// into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    private delegate T ReadMethod<T>(ref global::System.Text.Json.Utf8JsonReader reader);

    private delegate void WriteMethod<T>(global::System.Text.Json.Utf8JsonWriter writer, T value);

    // One generic class instead of one per type: the generated methods call each other directly, so this is
    // only the way in from JsonSerializer, and a delegate call there costs nothing that matters.
    private sealed class Converter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
    {
        private readonly ReadMethod<T> _read;
        private readonly WriteMethod<T> _write;

        public Converter(ReadMethod<T> read, WriteMethod<T> write)
        {
            _read = read;
            _write = write;
        }

        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => _read(ref reader);

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => _write(writer, value);
    }
}

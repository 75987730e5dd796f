using System.Text.Encodings.Web;
using System.Text.Json;

namespace MindGen.Cli;

/// <summary>The <c>--format json</c> output of the commands: an indented array, one object per item.</summary>
public static class JsonOutput
{
    public static void WriteArray<T>(TextWriter output, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeMembers)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (T item in items)
            {
                writer.WriteStartObject();
                writeMembers(writer, item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

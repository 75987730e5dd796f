using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace MindGen.Reading;

/// <summary>
/// Values the reader parsed from the spec (an example, a default, an enum's values). The reader stands a JSON
/// <c>null</c> in for a sentinel string of its own, at any depth: read as it is, every null in an example, and a
/// null among an enum's values, would become that string.
/// </summary>
internal static class SpecJson
{
    /// <summary>Whether a value the reader parsed is JSON <c>null</c>: absent, a null token, or the reader's stand-in for one.</summary>
    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null || JsonNullSentinel.IsJsonNullSentinel(node);

    public static string? Text(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject members:
                writer.WriteStartObject();
                foreach (var member in members)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray items:
                writer.WriteStartArray();
                foreach (JsonNode? item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                if (IsNull(node))
                {
                    writer.WriteNullValue();
                }
                else
                {
                    node.WriteTo(writer);
                }

                break;
        }
    }
}

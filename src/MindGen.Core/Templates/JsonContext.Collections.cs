// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when the spec has arrays or
// maps. Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Every array shape reads through here with its item's read method.
    private static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadMethod<T> readItem)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            throw Mismatch(ref reader, "an array");
        }

        // Most arrays in API payloads are short: the first four items wait in locals, so a short array
        // costs one exact-size allocation instead of a list and its growing buffer.
        T item0 = default!, item1 = default!, item2 = default!, item3 = default!;
        global::System.Collections.Generic.List<T>? more = null;
        int count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                T item = readItem(ref reader);
                switch (count)
                {
                    case 0: item0 = item; break;
                    case 1: item1 = item; break;
                    case 2: item2 = item; break;
                    case 3: item3 = item; break;
                    case 4: more = new global::System.Collections.Generic.List<T>(16) { item0, item1, item2, item3, item }; break;
                    default: more!.Add(item); break;
                }

                count++;
            }
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw AddPath(exception, "[" + count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]");
        }

        return count switch
        {
            0 => global::System.Array.Empty<T>(),
            1 => new T[] { item0 },
            2 => new T[] { item0, item1 },
            3 => new T[] { item0, item1, item2 },
            4 => new T[] { item0, item1, item2, item3 },
            _ => more!,
        };
    }

    private static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<T> value, WriteMethod<T> writeItem)
    {
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            writeItem(writer, value[i]);
        }

        writer.WriteEndArray();
    }

    // Every map shape reads through here with its value's read method.
    private static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadMethod<T> readValue)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            throw Mismatch(ref reader, "an object");
        }

        var items = new global::System.Collections.Generic.Dictionary<string, T>();
        string? name = null;
        try
        {
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
            {
                name = reader.GetString()!;
                reader.Read();
                items[name] = readValue(ref reader);
            }
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw AddPath(exception, "['" + name + "']");
        }

        return items;
    }

    private static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyDictionary<string, T> value, WriteMethod<T> writeValue)
    {
        writer.WriteStartObject();
        foreach (global::System.Collections.Generic.KeyValuePair<string, T> pair in value)
        {
            writer.WritePropertyName(pair.Key);
            writeValue(writer, pair.Value);
        }

        writer.WriteEndObject();
    }
}

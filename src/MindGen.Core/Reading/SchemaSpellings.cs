using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MindGen.Reading;

/// <summary>
/// Spells schemas the way the OpenAPI reader and the builder take them, where JSON Schema allows another
/// spelling of the same thing. Boolean schemas, which OpenAPI 3.1 allows wherever a schema goes and which the
/// reader takes only after <c>additionalProperties</c> and <c>unevaluatedProperties</c> (elsewhere it fails on
/// the whole document): <c>true</c> (anything) becomes <c>{}</c>, <c>false</c> (nothing) becomes
/// <c>{not: {}}</c>, and a property whose schema is <c>false</c>, which no value can have, is no property at
/// all. And <c>unevaluatedProperties</c> without <c>additionalProperties</c> (TypeSpec's maps and records in
/// 3.1): for a generated class, whose members already include those of its allOf, both say what its other
/// members are, so it becomes <c>additionalProperties</c>. And 3.1's <c>contentEncoding: base64</c> is 3.0's
/// <c>format: byte</c>, its <c>contentMediaType</c> (bytes, not JSON) 3.0's <c>format: binary</c>. Nothing is reported: the document is valid, and what it says is kept.
/// </summary>
internal static class SchemaSpellings
{
    // Where the reader takes a boolean itself, as "may there be others".
    private static readonly HashSet<string> ReadAsFlags = ["additionalProperties", "unevaluatedProperties"];

    public static void Spell(JsonObject root) => SpecTree.Walk(root, SpecPosition.Root, string.Empty, Visit);

    private static bool Visit(JsonObject obj, SpecPosition position, string pointer)
    {
        if (position == SpecPosition.SchemaMap)
        {
            SpellEntries(obj);
        }
        else if (position == SpecPosition.Schema)
        {
            if (obj["unevaluatedProperties"] is { } unevaluated && !obj.ContainsKey("additionalProperties"))
            {
                obj.Remove("unevaluatedProperties");
                obj["additionalProperties"] = unevaluated;
            }

            // 3.1 says base64 text with JSON Schema's contentEncoding, 3.0 with format: byte; the same bytes.
            if (obj["contentEncoding"] is JsonValue { } encoding && encoding.GetValueKind() == JsonValueKind.String && encoding.GetValue<string>() == "base64" && !obj.ContainsKey("format"))
            {
                obj["format"] = "byte";
            }

            // 3.1 says a file (raw bytes of a media type) with JSON Schema's contentMediaType, 3.0 with format: binary. A
            // string of JSON or text stays a string.
            if (obj["contentMediaType"] is JsonValue { } media && media.GetValueKind() == JsonValueKind.String && media.GetValue<string>() is var mediaType
                && (!obj.ContainsKey("type") || mediaType == "*/*" || !(MediaTypes.IsJson(mediaType) || MediaTypes.IsText(mediaType)))
                && !obj.ContainsKey("contentEncoding") && !obj.ContainsKey("format"))
            {
                obj["format"] = "binary";
            }

            if (obj["properties"] is JsonObject properties)
            {
                foreach (KeyValuePair<string, JsonNode?> never in properties.Where(property => Flag(property.Value) == false).ToList())
                {
                    properties.Remove(never.Key);
                }
            }

            foreach (KeyValuePair<string, JsonNode?> entry in obj.ToList())
            {
                SpecPosition child = SpecPositions.Child(position, entry.Key);
                if (child == SpecPosition.SchemaList && entry.Value is JsonArray list)
                {
                    SpellEntries(list);
                }
                else if (child == SpecPosition.Schema && !ReadAsFlags.Contains(entry.Key) && Flag(entry.Value) is { } flag)
                {
                    obj[entry.Key] = Spelled(flag);
                }
            }
        }

        return true;
    }

    private static void SpellEntries(JsonObject map)
    {
        foreach (KeyValuePair<string, JsonNode?> entry in map.ToList())
        {
            if (Flag(entry.Value) is { } flag)
            {
                map[entry.Key] = Spelled(flag);
            }
        }
    }

    private static void SpellEntries(JsonArray list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (Flag(list[i]) is { } flag)
            {
                list[i] = Spelled(flag);
            }
        }
    }

    private static bool? Flag(JsonNode? node) => node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
        ? value.GetValueKind() == JsonValueKind.True
        : null;

    private static JsonObject Spelled(bool flag) => flag ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
}

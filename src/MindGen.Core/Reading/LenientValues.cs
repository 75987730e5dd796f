using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Reads keyword values of the wrong type the way a lenient reader would, so that a spec that is a little
/// wrong still gives a client: <c>required: optional</c> on a parameter is not required, <c>"true"</c> where
/// a boolean belongs is true, <c>maxLength: "10"</c> is 10, and <c>required: true</c> on a property puts it
/// in its object's <c>required</c> list, where the spec's author meant it. A value that means nothing for
/// its keyword is dropped, so the keyword takes its default. Each repair is reported (<c>MG0013</c>) at the
/// value, and the rest of the document is read as usual. Runs on the parsed tree before the OpenAPI reader,
/// which would otherwise reject the whole document over one such value, without a line.
/// Which keywords are checked follows from their position (<see cref="SpecPositions"/>), so example data
/// and extensions are never touched.
/// </summary>
internal sealed class LenientValues
{
    private enum ValueKind
    {
        Boolean,
        Integer,
        Number,
        BooleanOrNumber,
    }

    // The constraints a schema shares with Swagger 2.0's parameters, which carry them themselves.
    private static readonly (string Keyword, ValueKind Kind)[] Constraints =
    [
        ("deprecated", ValueKind.Boolean), ("uniqueItems", ValueKind.Boolean),
        ("exclusiveMaximum", ValueKind.BooleanOrNumber), ("exclusiveMinimum", ValueKind.BooleanOrNumber),
        ("maxLength", ValueKind.Integer), ("minLength", ValueKind.Integer), ("maxItems", ValueKind.Integer), ("minItems", ValueKind.Integer),
        ("maximum", ValueKind.Number), ("minimum", ValueKind.Number), ("multipleOf", ValueKind.Number),
    ];

    // The keywords of parameters, headers, request bodies and operations.
    private static readonly Dictionary<string, ValueKind> PartKeywords = Keywords(
        ("required", ValueKind.Boolean), ("allowEmptyValue", ValueKind.Boolean), ("explode", ValueKind.Boolean), ("allowReserved", ValueKind.Boolean));

    // A schema's `required` is a list, see RepairRequiredList.
    private static readonly Dictionary<string, ValueKind> SchemaKeywords = Keywords(
        ("nullable", ValueKind.Boolean), ("readOnly", ValueKind.Boolean), ("writeOnly", ValueKind.Boolean),
        ("maxProperties", ValueKind.Integer), ("minProperties", ValueKind.Integer));

    // Spellings people use for yes and no, beyond JSON's true and false.
    private static readonly string[] TrueWords = ["true", "yes", "y", "on", "1", "required", "mandatory"];
    private static readonly string[] FalseWords = ["false", "no", "n", "off", "0", "optional", ""];

    private readonly DiagnosticSink _sink;

    private LenientValues(DiagnosticSink sink) => _sink = sink;

    /// <summary>Repairs <paramref name="root"/> (the spec's parsed text) in place, reporting each repair to <paramref name="sink"/>.</summary>
    public static void Repair(JsonObject root, DiagnosticSink sink) =>
        SpecTree.Walk(root, SpecPosition.Root, string.Empty, new LenientValues(sink).Visit);

    private bool Visit(JsonObject obj, SpecPosition position, string pointer)
    {
        Dictionary<string, ValueKind>? keywords = position switch
        {
            SpecPosition.Schema => SchemaKeywords,
            SpecPosition.Other => PartKeywords,
            _ => null,
        };
        if (keywords is null)
        {
            return true;
        }

        if (position == SpecPosition.Schema)
        {
            if (obj["properties"] is JsonObject properties)
            {
                LiftRequiredFlags(obj, properties, SpecPointer.Append(pointer, "properties"));
            }

            RepairRequiredList(obj, pointer);
            if (obj.TryGetPropertyValue("additionalProperties", out JsonNode? additional) && additional is not JsonObject)
            {
                RepairValue(obj, "additionalProperties", additional, ValueKind.Boolean, SpecPointer.Append(pointer, "additionalProperties"));
            }
        }

        foreach (KeyValuePair<string, JsonNode?> entry in obj.ToList())
        {
            if (keywords.TryGetValue(entry.Key, out ValueKind kind))
            {
                RepairValue(obj, entry.Key, entry.Value, kind, SpecPointer.Append(pointer, entry.Key));
            }
        }

        return true;
    }

    private void RepairValue(JsonObject owner, string key, JsonNode? value, ValueKind kind, string pointer)
    {
        if (value is not JsonValue scalar)
        {
            Replace(owner, key, null, pointer, Describe(value), Expected(kind));
            return;
        }

        JsonValueKind actual = scalar.GetValueKind();
        bool fits = kind switch
        {
            ValueKind.Boolean => actual is JsonValueKind.True or JsonValueKind.False,
            ValueKind.Integer => actual == JsonValueKind.Number && IsInteger(scalar),
            ValueKind.Number => actual == JsonValueKind.Number,
            _ => actual is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number,
        };
        if (fits)
        {
            return;
        }

        string? text = TextOf(scalar);
        JsonNode? read = kind switch
        {
            ValueKind.Boolean => LenientBoolean(text),
            ValueKind.Integer => LenientInteger(text),
            ValueKind.Number => LenientNumber(text),
            _ => LenientNumber(text) ?? LenientBoolean(text),
        };
        Replace(owner, key, read, pointer, Describe(value), Expected(kind));
    }

    private void Replace(JsonObject owner, string key, JsonNode? read, string pointer, string found, string expected)
    {
        if (read is null)
        {
            owner.Remove(key);
            _sink.Report(DiagnosticCatalog.WrongValueType, pointer, key, found, expected, "it is ignored, as if it were not there");
        }
        else
        {
            owner[key] = read;
            _sink.Report(DiagnosticCatalog.WrongValueType, pointer, key, found, expected, "it is read as " + read.ToJsonString());
        }
    }

    /// <summary>
    /// A schema's <c>required</c> is a list of property names; a single name (<c>required: id</c>) is read
    /// as a list of one, anything else that is no list is dropped. Flags on properties have moved to their
    /// object already (<see cref="LiftRequiredFlags"/>).
    /// </summary>
    private void RepairRequiredList(JsonObject schema, string pointer)
    {
        if (!schema.TryGetPropertyValue("required", out JsonNode? value) || value is JsonArray)
        {
            return;
        }

        string found = Describe(value);
        string outcome = "it is ignored, as if it were not there";
        if (value is JsonValue name && name.GetValueKind() == JsonValueKind.String && LenientBoolean(TextOf(name)) is null)
        {
            schema["required"] = new JsonArray(name.GetValue<string>());
            outcome = "it is read as the list [" + name.ToJsonString() + "]";
        }
        else
        {
            schema.Remove("required");
        }

        _sink.Report(DiagnosticCatalog.WrongValueType, SpecPointer.Append(pointer, "required"), "required", found, "a list of property names", outcome);
    }

    /// <summary>
    /// <c>required: true</c> inside a property's schema is how Swagger 1.2 and many hand-written specs say
    /// that the property is required; in OpenAPI it belongs in the object's list, so it moves there.
    /// </summary>
    private void LiftRequiredFlags(JsonObject schema, JsonObject properties, string pointer)
    {
        foreach (KeyValuePair<string, JsonNode?> property in properties)
        {
            if (property.Value is not JsonObject propertySchema || propertySchema["required"] is not JsonValue flag)
            {
                continue;
            }

            string flagPointer = SpecPointer.Append(pointer, property.Key, "required");
            string found = Describe(flag);
            propertySchema.Remove("required");
            if (LenientBoolean(TextOf(flag)) is not { } isRequired)
            {
                _sink.Report(DiagnosticCatalog.WrongValueType, flagPointer, "required", found, "a list of property names", "it is ignored, as if it were not there");
                continue;
            }

            string outcome = "it is ignored, as if it were not there";
            if (isRequired.GetValue<bool>())
            {
                JsonArray list = schema["required"] as JsonArray ?? (JsonArray)(schema["required"] = new JsonArray());
                if (!list.Any(entry => entry is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == property.Key))
                {
                    list.Add(property.Key);
                }

                outcome = "'" + property.Key + "' is read as a required property of its object";
            }

            _sink.Report(DiagnosticCatalog.WrongValueType, flagPointer, "required", found, "a list of property names", outcome);
        }
    }

    private static Dictionary<string, ValueKind> Keywords(params (string Keyword, ValueKind Kind)[] own) =>
        Constraints.Concat(own).ToDictionary(entry => entry.Keyword, entry => entry.Kind, StringComparer.Ordinal);

    // What a scalar says, as the lenient readers below take it: a string's text, a number's or boolean's JSON.
    private static string? TextOf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>().Trim(),
        JsonValueKind.Null => null,
        _ => value.ToJsonString(),
    };

    private static JsonNode? LenientBoolean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return JsonValue.Create(true);
        }

        return FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase) ? JsonValue.Create(false) : null;
    }

    private static JsonNode? LenientInteger(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
        && value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : null;

    private static JsonNode? LenientNumber(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? JsonValue.Create(value) : null;

    // 10.0 and 1e1 are whole numbers to JSON, but not to the OpenAPI reader.
    private static bool IsInteger(JsonValue number) =>
        long.TryParse(number.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static string Expected(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "true or false",
        ValueKind.Integer => "a whole number",
        ValueKind.Number => "a number",
        _ => "true, false or a number",
    };

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => "the text " + scalar.ToJsonString(),
        _ => value.ToJsonString(),
    };
}

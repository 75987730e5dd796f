using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace MindGen.Reading;

/// <summary>
/// What the OpenAPI reader's messages point at, and which of them are no fault of the document. The reader leaves
/// the pointer of "X is not a valid property at #/…" in its text, at the object (or, for a parameter, at the list)
/// around the field; and it complains of fields that OpenAPI 2.0 allows but its 2.0 reader does not know, which
/// Kubernetes' document has on every operation and parameter.
/// </summary>
internal static class ReaderMessages
{
    private static readonly Regex UnknownField = new(@"^(\S+) is not a valid property at (#\S*)$", RegexOptions.CultureInvariant);
    private static readonly Regex RequiredField = new(@"^The field '([^']+)' in '[^']*' object is REQUIRED\.$", RegexOptions.CultureInvariant);

    // OpenAPI 2.0 fields its reader does not know, by where they are allowed (microsoft/OpenAPI.NET#194).
    private static readonly HashSet<string> ParameterFields = ["exclusiveMaximum", "exclusiveMinimum", "maxItems", "minItems", "uniqueItems", "multipleOf"];
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    /// <summary>Where the message points: the field it names when it names one, in the list item that has it.</summary>
    public static string? Pointer(JsonNode root, OpenApiError error)
    {
        if (UnknownFieldOf(error) is not (string field, List<string> segments))
        {
            return error.Pointer;
        }

        switch (SpecNodes.At(root, segments))
        {
            case JsonObject owner when owner.ContainsKey(field):
                return SpecPointer.Of(segments.Append(field));
            case JsonArray items when items.Select((item, index) => (item, index)).FirstOrDefault(entry => entry.item is JsonObject member && member.ContainsKey(field)) is { item: not null } found:
                return SpecPointer.Of(segments.Append(found.index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(field));
            default:
                return SpecPointer.Of(segments);
        }
    }

    /// <summary>
    /// Whether the message is the reader's mistake: a required field the document has (the reader takes an empty
    /// string for a missing one: `default: ''` on every TypeSpec document's server variable), or an OpenAPI 2.0 field
    /// its 2.0 reader does not know (<c>schemes</c> on an operation, <c>uniqueItems</c> and its kin on a parameter,
    /// <c>collectionFormat</c> on a parameter's items).
    /// </summary>
    public static bool IsNoFault(JsonNode root, OpenApiError error) => ComplainsOfPresentField(root, error) || IsSwagger2Field(root, error);

    private static bool ComplainsOfPresentField(JsonNode root, OpenApiError error)
    {
        if (RequiredField.Match(error.Message ?? string.Empty) is not { Success: true } match)
        {
            return false;
        }

        // The pointer names the field itself (…/variables/endpoint/default): is it in its object?
        string field = match.Groups[1].Value;
        List<string> segments = SpecPointer.Segments(error.Pointer);
        if (segments.Count == 0 || segments[segments.Count - 1] != field)
        {
            return false;
        }

        return SpecNodes.At(root, segments.Take(segments.Count - 1)) is JsonObject owner && owner.ContainsKey(field);
    }

    private static bool IsSwagger2Field(JsonNode root, OpenApiError error)
    {
        if (root["swagger"] is null || UnknownFieldOf(error) is not (string field, List<string> segments))
        {
            return false;
        }

        string? last = segments.LastOrDefault();
        return field switch
        {
            "schemes" => last is not null && Methods.Contains(last) && segments.Count == 3 && segments[0] == "paths",
            "collectionFormat" => last == "items",
            _ => ParameterFields.Contains(field) && segments.Contains("parameters"),
        };
    }

    // "X is not a valid property at #/…": the field, and the segments of the object (or list) it is in.
    private static (string Field, List<string> Segments)? UnknownFieldOf(OpenApiError error) =>
        UnknownField.Match(error.Message ?? string.Empty) is { Success: true } match
            ? (match.Groups[1].Value, SpecPointer.Segments(match.Groups[2].Value, percentEncoded: false))
            : null;
}

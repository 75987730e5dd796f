using Microsoft.OpenApi;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// What each item of a stream (a response's or an upload's) is: OpenAPI 3.2's <c>itemSchema</c> when the media type
/// has one, else its schema, or that schema's <c>items</c> when it describes the stream as an array.
/// </summary>
internal static class StreamItem
{
    /// <param name="media">The streaming media type.</param>
    /// <param name="mediaPointer">Where the media type is in the spec.</param>
    /// <returns>The item's schema (null when none is given), where it is, and whether <c>itemSchema</c> said it.</returns>
    public static (IOpenApiSchema? Schema, string Pointer, bool FromItemSchema) Of(IOpenApiMediaType media, string mediaPointer)
    {
        if (media.ItemSchema is { } declared)
        {
            return (declared, SpecPointer.Append(mediaPointer, "itemSchema"), true);
        }

        string pointer = SpecPointer.Append(mediaPointer, "schema");
        return media.Schema is { Type: { } type, Items: { } items } && type.HasFlag(JsonSchemaType.Array)
            ? (items, SpecPointer.Append(pointer, "items"), false)
            : (media.Schema, pointer, false);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace MindGen.Reading;

/// <summary>
/// Walks the objects of an OpenAPI document's structure (operations, parameters, schemas…), parents before
/// children, each with its <see cref="SpecPosition"/> and JSON pointer; data (examples, defaults,
/// extensions) is never visited. The passes that rewrite the parsed document before it is read share it.
/// </summary>
internal static class SpecTree
{
    /// <param name="node">Where to start.</param>
    /// <param name="position">What <paramref name="node"/> is.</param>
    /// <param name="pointer">Where <paramref name="node"/> is.</param>
    /// <param name="visit">Called with each object, which it may change; returns whether to walk into it.</param>
    public static void Walk(JsonNode? node, SpecPosition position, string pointer, Func<JsonObject, SpecPosition, string, bool> visit)
    {
        if (position is SpecPosition.Opaque)
        {
            return;
        }

        if (node is JsonArray array)
        {
            SpecPosition itemPosition = position == SpecPosition.SchemaList ? SpecPosition.Schema : position;
            for (int i = 0; i < array.Count; i++)
            {
                Walk(array[i], itemPosition, SpecPointer.Append(pointer, i), visit);
            }
        }
        else if (node is JsonObject obj && position != SpecPosition.SchemaList && visit(obj, position, pointer))
        {
            // A copy of the entries: the visitor of a child may change its parent.
            foreach (KeyValuePair<string, JsonNode?> child in obj.ToList())
            {
                Walk(child.Value, SpecPositions.Child(position, child.Key), SpecPointer.Append(pointer, child.Key), visit);
            }
        }
    }
}

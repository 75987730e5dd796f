using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Building.Schemas;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// Server-sent events an OpenAPI 3.2 <c>itemSchema</c> tells apart by their <c>event</c> field: branches of its
/// <c>oneOf</c> (or <c>anyOf</c>) that each fix <c>event</c> to one value (<c>const</c>, or a one-value <c>enum</c>) and
/// say what their <c>data</c> is, or leave it to the item schema's own <c>data</c>. A branch that names no event is
/// what the union's <c>Unknown</c> class holds, like any event the spec does not name.
/// </summary>
internal static class EventUnionBuilder
{
    /// <param name="eventSchema">The item schema: an event as an object of its fields.</param>
    /// <param name="pointer">Where it is.</param>
    /// <param name="methodStem">The operation's method stem, which names the union: <c>WatchTicks</c> → <c>WatchTicksEvent</c>.</param>
    /// <returns>The union, or null when no branch names an event.</returns>
    public static EventUnionModel? Build(BuildContext context, IOpenApiSchema eventSchema, string pointer, string methodStem)
    {
        (IList<IOpenApiSchema>? branches, string keyword) = eventSchema.OneOf is { Count: > 0 } oneOf ? (oneOf, "oneOf") : (eventSchema.AnyOf, "anyOf");
        var named = new List<(string EventType, IOpenApiSchema Branch, string Pointer)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < (branches?.Count ?? 0); index++)
        {
            // The first branch that names an event is the one its events read as.
            if (branches![index] is { Properties: { } fields } branch && fields.TryGetValue("event", out IOpenApiSchema? field)
                && EnumValues.Of(field) is { IsInteger: false, Values.Count: 1 } values && seen.Add(values.Values[0]))
            {
                named.Add((values.Values[0], branch, SpecPointer.Append(pointer, keyword, index.ToString(CultureInfo.InvariantCulture))));
            }
        }

        if (named.Count == 0)
        {
            return null;
        }

        string name = context.Schemas.Names.Inline(new TypeNameHint(methodStem + "Event", null), GeneratedTypeKind.EventUnion);
        var caseNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.EventUnionMembers.Append(name));
        var events = new List<NamedEventModel>(named.Count);
        foreach ((string eventType, IOpenApiSchema branch, string branchPointer) in named)
        {
            string caseName = caseNames.Take(Identifier.ToPascalCase(eventType) is { Length: > 0 } pascal ? pascal : "Event");
            (IOpenApiSchema? data, string dataPointer) = branch.Properties!.ContainsKey("data")
                ? EventStreamBuilder.EventData(branch, branchPointer)
                : EventStreamBuilder.EventData(eventSchema, pointer);
            bool isJson = EventStreamBuilder.IsJsonData(data);
            TypeRef type = isJson
                ? context.Schemas.Map(data, new TypeNameHint(caseName + "Data", name), dataPointer) with { IsNullable = false }
                : new PrimitiveTypeRef(PrimitiveKind.String);
            events.Add(new NamedEventModel(eventType, caseName, branch.Description, type, isJson));
        }

        return new EventUnionModel(name, events.ToEquatableArray());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// The names of the JSON context's properties, one per root type, decided once per API from one scope:
/// the type's name as in System.Text.Json's own contexts (<c>TicketWorklog</c>,
/// <c>IReadOnlyListTicketWorklog</c>), with <c>TypeInfo</c> after it when the context already has a member
/// of that name (a schema called <c>Options</c>, or a schema called <c>Boolean</c> beside the built-in one).
/// Classes choose first, so a schema keeps its natural name.
/// </summary>
internal sealed class JsonRootNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <param name="partNames">The context's nested classes (<see cref="JsonPartitions"/>), which no property may be called.</param>
    public JsonRootNames(ApiDescription api, IEnumerable<TypeRef> roots, IEnumerable<string> partNames)
    {
        var scope = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.JsonContextMembers.Append(api.JsonContextName).Concat(partNames));
        foreach (TypeRef root in roots.OrderBy(root => root is ModelTypeRef ? 0 : 1))
        {
            string candidate = Candidate(root);
            _names[JsonShapes.PropertyKey(root)] = scope.Take(scope.IsTaken(candidate) ? candidate + "TypeInfo" : candidate);
        }
    }

    /// <summary>The context property that hands out the metadata of <paramref name="type"/>'s C# type.</summary>
    public string this[TypeRef type] => _names[JsonShapes.PropertyKey(type)];

    private static string Candidate(TypeRef root) => root switch
    {
        ModelTypeRef model => model.Name,
        ArrayTypeRef array => "IReadOnlyList" + (array.Element.IsNullable ? "Nullable" : string.Empty) + TypeKey.Words(array.Element),
        MapTypeRef map => "IReadOnlyDictionaryString" + (map.Value.IsNullable ? "Nullable" : string.Empty) + TypeKey.Words(map.Value),
        _ => TypeKey.Words(root),
    };
}

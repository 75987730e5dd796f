using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace MindGen.Building.Schemas;

/// <summary>
/// Finds the discriminated oneOfs that can be class hierarchies: every member is a reference to a plain
/// object component, and no member belongs to another such oneOf (a class has one base; a member shared
/// by two keeps them both as unions). Members declared beside the oneOf are the base class's, which every
/// choice inherits, as every choice must match them too.
/// </summary>
internal static class OneOfHierarchies
{
    /// <summary>Member component → the oneOf component its class derives from.</summary>
    public static Dictionary<string, string> Find(IDictionary<string, IOpenApiSchema> schemas, IReadOnlyList<string> keys)
    {
        var claims = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            if (schemas[key] is not { Discriminator.PropertyName: { Length: > 0 } } schema || SchemaShape.Choices(schema) is not { } union)
            {
                continue;
            }

            var members = union.Members.Select(member => member.Schema is OpenApiSchemaReference { Reference.Id: { } id, Target: { } target } && SchemaShape.IsPlainObject(target) && id != key ? id : null).ToList();
            if (members.All(member => member is not null))
            {
                foreach (string member in members!)
                {
                    (claims.TryGetValue(member, out List<string>? owners) ? owners : claims[member] = []).Add(key);
                }
            }
        }

        var shared = new HashSet<string>(claims.Where(claim => claim.Value.Count > 1).SelectMany(claim => claim.Value), StringComparer.Ordinal);
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> claim in claims.Where(claim => !shared.Contains(claim.Value[0])))
        {
            bases[claim.Key] = claim.Value[0];
        }

        return bases;
    }
}

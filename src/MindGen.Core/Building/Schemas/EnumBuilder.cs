using System;
using System.Collections.Generic;
using Microsoft.OpenApi;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Building.Schemas;

/// <summary>Builds the open enum of a schema with listed string or integer values.</summary>
internal sealed class EnumBuilder(SchemaMapper mapper)
{
    public void Build(string name, IOpenApiSchema schema, EnumValues values)
    {
        // The struct's own members come first, so a listed value named "Value" becomes "ValueValue".
        var memberNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.EnumMembers);
        memberNames.Take(name);
        var members = new List<EnumMemberModel>();
        for (int index = 0; index < values.Values.Count; index++)
        {
            string value = values.Values[index];
            string candidate = values.Names[index] is { } named && Identifier.ToPascalCase(named) is { Length: > 0 } fromName ? fromName
                : values.IsInteger ? "Value" + value.Replace("-", "Minus")
                : Identifier.ToPascalCase(value) is { Length: > 0 } pascal ? pascal : "Empty";
            if (memberNames.IsTaken(candidate) && !memberNames.IsTaken(candidate + "Value"))
            {
                candidate += "Value";
            }

            members.Add(new EnumMemberModel(memberNames.Take(candidate), value));
        }

        mapper.Output.Enums.Add(new EnumModel(name, SchemaFacts.Describe(schema), values.IsInteger, members.ToEquatableArray()));
    }
}

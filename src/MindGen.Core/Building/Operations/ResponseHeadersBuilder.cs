using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Building.Schemas;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Building.Operations;

/// <summary>
/// The headers an operation's success responses (every 2xx) declare, typed: one class per distinct set of names and
/// types, shared by every operation that declares the same set, so a spec of many lists with a <c>Link</c> header gets
/// one class, not one per list. A set of one or two headers is named after them (<c>LinkHeaders</c>,
/// <c>ETagLastModifiedHeaders</c>), a larger one after the first operation that declares it (<c>GetItemHeaders</c>).
/// </summary>
internal sealed class ResponseHeadersBuilder(TypeNamer typeNames)
{
    private static readonly PrimitiveTypeRef Text = new(PrimitiveKind.String);
    private readonly Dictionary<string, ResponseHeadersModel> _bySet = new(StringComparer.Ordinal);

    /// <summary>The class of the headers <paramref name="responses"/> of the operation <paramref name="methodStem"/> declare for success, or null when they declare none.</summary>
    public ResponseHeadersModel? Build(IEnumerable<KeyValuePair<string, IOpenApiResponse>> responses, string methodStem)
    {
        var declared = new List<(string WireName, IOpenApiHeader Header, TypeRef Type)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IOpenApiResponse> response in responses
            .Where(pair => pair.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (KeyValuePair<string, IOpenApiHeader> header in response.Value.Headers ?? new Dictionary<string, IOpenApiHeader>())
            {
                if (header.Value is not null && header.Key.Length > 0 && seen.Add(header.Key))
                {
                    declared.Add((header.Key, header.Value, TypeOf(header.Value)));
                }
            }
        }

        if (declared.Count == 0)
        {
            return null;
        }

        declared.Sort((left, right) => StringComparer.OrdinalIgnoreCase.Compare(left.WireName, right.WireName));
        string set = string.Join("\n", declared.Select(header => header.WireName.ToUpperInvariant() + ":" + TypeKey.Of(header.Type)));
        if (_bySet.TryGetValue(set, out ResponseHeadersModel? shared))
        {
            return shared;
        }

        string named = declared.Count <= 2 ? Identifier.ToPascalCase(string.Join(" ", declared.Select(header => header.WireName))) : methodStem;
        string className = typeNames.Component(named + "Headers", GeneratedTypeKind.Model);
        var propertyNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.ResponseHeadersMembers.Append(className));
        var model = new ResponseHeadersModel(className, declared
            .Select(header => new ResponseHeaderModel(
                propertyNames.Take(Identifier.ToPascalCase(header.WireName) is { Length: > 0 } name ? name : "Header"),
                header.WireName,
                header.Type,
                header.Header.Description,
                header.Header.Deprecated))
            .ToEquatableArray());
        _bySet.Add(set, model);
        return model;
    }

    // What the runtime reads a header as: the scalars it parses (smaller integers as int, larger as long, floats as
    // double), a list of strings for an array (the simple style, comma-separated), else the text.
    private static TypeRef TypeOf(IOpenApiHeader header)
    {
        if (header.Schema is not { } schema)
        {
            return Text;
        }

        JsonSchemaType types = SchemaShape.NonNullTypes(schema);
        if (types == JsonSchemaType.Array)
        {
            return new ArrayTypeRef(Text);
        }

        return SchemaShape.Scalar(schema, types) switch
        {
            PrimitiveKind.Boolean => new PrimitiveTypeRef(PrimitiveKind.Boolean),
            PrimitiveKind.SByte or PrimitiveKind.Byte or PrimitiveKind.Int16 or PrimitiveKind.UInt16 or PrimitiveKind.Int32 => new PrimitiveTypeRef(PrimitiveKind.Int32),
            PrimitiveKind.UInt32 or PrimitiveKind.Int64 or PrimitiveKind.UInt64 => new PrimitiveTypeRef(PrimitiveKind.Int64),
            PrimitiveKind.Single or PrimitiveKind.Double => new PrimitiveTypeRef(PrimitiveKind.Double),
            PrimitiveKind.Decimal => new PrimitiveTypeRef(PrimitiveKind.Decimal),
            PrimitiveKind.DateTime => new PrimitiveTypeRef(PrimitiveKind.DateTime),
            PrimitiveKind.Guid => new PrimitiveTypeRef(PrimitiveKind.Guid),
            PrimitiveKind.Uri => new PrimitiveTypeRef(PrimitiveKind.Uri),
            _ => Text,
        };
    }
}

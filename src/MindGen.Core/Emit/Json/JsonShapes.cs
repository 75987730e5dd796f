using System.Collections.Generic;
using System.Linq;
using MindGen.Model;

namespace MindGen.Emit.Json;

/// <summary>
/// The distinct JSON shapes one API uses, found by walking its model once: which primitive, array and map
/// helpers the serialization context needs, and which types it must offer at the root.
/// </summary>
internal sealed class JsonShapes
{
    private readonly SortedDictionary<string, TypeRef> _helpers = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, TypeRef> _roots = new(System.StringComparer.Ordinal);

    public JsonShapes(ApiDescription api)
    {
        foreach (ObjectModel model in api.Models)
        {
            AddRoot(new ModelTypeRef(model.Name));
            foreach (PropertyModel property in model.Properties)
            {
                AddHelper(property.Type);
            }

            if (model.AdditionalPropertiesType is { } bagType)
            {
                AddHelper(bagType);
            }
        }

        foreach (EnumModel enumeration in api.Enums)
        {
            AddRoot(new EnumTypeRef(enumeration.Name, enumeration.IsInteger));
        }

        // Union accessors read their variants through the context, so every variant is a root.
        foreach (UnionModel union in api.Unions)
        {
            AddRoot(new UnionTypeRef(union.Name));
            foreach (UnionVariantModel variant in union.Variants)
            {
                AddRoot(variant.Type);
            }
        }

        foreach (OperationModel operation in api.Operations)
        {
            if (operation.Response is { Kind: BodyKind.Json, BodyType: { } response })
            {
                AddRoot(response);
            }

            foreach (ErrorResponseModel error in operation.Response.Errors)
            {
                AddRoot(error.BodyType);
            }

            // Object parameters are serialized to JSON first, then spread into name/value pairs.
            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (parameter.Type is ModelTypeRef or MapTypeRef)
                {
                    AddRoot(parameter.Type);
                }
            }

            // The streaming variant reads the items one by one.
            if (operation.Response is { Kind: BodyKind.Json, BodyType: ArrayTypeRef array })
            {
                AddRoot(array.Element);
            }

            if (operation.RequestBody is { Kind: BodyKind.Json or BodyKind.Form } body)
            {
                AddRoot(body.Type);
            }

            // Multipart members that are not files travel as JSON (objects) or text (scalars).
            foreach (MultipartPartModel part in operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty)
            {
                if (!part.IsFile)
                {
                    AddRoot(part.Type);
                }
            }
        }
    }

    /// <summary>Every shape that needs read/write helpers, by <see cref="TypeKey.Of"/>, models excluded.</summary>
    public IEnumerable<TypeRef> Helpers => _helpers.Values.Where(type => type is not ModelTypeRef);

    /// <summary>Every type the context hands out a <c>JsonTypeInfo</c> for, by key.</summary>
    public IEnumerable<TypeRef> Roots => _roots.Values;

    private void AddRoot(TypeRef type)
    {
        TypeRef normalized = type with { IsNullable = false };
        _roots[TypeKey.Of(normalized)] = normalized;
        AddHelper(normalized);
    }

    private void AddHelper(TypeRef type)
    {
        TypeRef normalized = type with { IsNullable = false };
        if (!_helpers.ContainsKey(TypeKey.Of(normalized)))
        {
            _helpers[TypeKey.Of(normalized)] = normalized;
        }

        switch (type)
        {
            case ArrayTypeRef array:
                AddHelper(array.Element);
                break;
            case MapTypeRef map:
                AddHelper(map.Value);
                break;
        }
    }
}

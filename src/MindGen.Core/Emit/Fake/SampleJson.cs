using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using MindGen.Model;

namespace MindGen.Emit.Fake;

/// <summary>
/// A JSON value a type's schema allows, for a fake to answer with when the spec gives no example: required members
/// only, each the least value of its type (0, "", the first listed enum value, an empty list), a polymorphic base as
/// its first derived class with the discriminator set. With <c>examples</c>, members the spec gives an example for
/// take it (optional ones too), which reads like the API; the spec's examples can be wrong, so a fake keeps the
/// version without them to fall back on (the fake checks both against the schema before answering).
/// </summary>
public sealed class SampleJson
{
    // Deep enough for any real body; a required cycle (a node whose required child is a node) ends here.
    private const int MaxDepth = 8;

    private readonly Dictionary<string, ObjectModel> _models;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly Dictionary<string, UnionModel> _unions;

    public SampleJson(ApiDescription api)
    {
        _models = api.Models.ToDictionary(model => model.Name);
        _enums = api.Enums.ToDictionary(enumeration => enumeration.Name);
        _unions = api.Unions.ToDictionary(union => union.Name);
    }

    public string Of(TypeRef type, bool examples)
    {
        var json = new StringBuilder();
        Write(json, type, examples, depth: 0);
        return json.ToString();
    }

    private void Write(StringBuilder json, TypeRef type, bool examples, int depth)
    {
        switch (type)
        {
            case PrimitiveTypeRef primitive:
                json.Append(Primitive(primitive.Kind));
                break;
            case EnumTypeRef enumeration:
                string? first = _enums.TryGetValue(enumeration.Name, out EnumModel? model) ? model.Members.FirstOrDefault()?.Value : null;
                json.Append(first is null ? (enumeration.IsInteger ? "0" : "\"\"") : enumeration.IsInteger ? first : Quote(first));
                break;
            case ArrayTypeRef:
                json.Append("[]");
                break;
            case ModelTypeRef reference when depth < MaxDepth && _models.TryGetValue(reference.Name, out ObjectModel? objectModel):
                WriteObject(json, objectModel, discriminator: null, examples, depth);
                break;
            case UnionTypeRef reference when depth < MaxDepth && _unions.TryGetValue(reference.Name, out UnionModel? union) && union.Variants.Count > 0:
                UnionVariantModel variant = union.Variants[0];
                if (variant.Type is ModelTypeRef variantModel && _models.TryGetValue(variantModel.Name, out ObjectModel? variantObject))
                {
                    string? value = variant.DiscriminatorValues.FirstOrDefault();
                    WriteObject(json, variantObject, union.DiscriminatorProperty is { } property && value is not null ? (property, value) : null, examples, depth);
                }
                else
                {
                    Write(json, variant.Type, examples, depth + 1);
                }

                break;
            default:
                // A map, a free-form value, or past the depth: the least a schema of its kind allows.
                json.Append(type.IsNullable && type is not (MapTypeRef or AnyTypeRef) ? "null" : "{}");
                break;
        }
    }

    private void WriteObject(StringBuilder json, ObjectModel model, (string Property, string Value)? discriminator, bool examples, int depth)
    {
        // A polymorphic base reads as the class its discriminator names: answer with the first one.
        if (discriminator is null && model.Polymorphism is { Derived.Count: > 0 } polymorphism
            && _models.TryGetValue(polymorphism.Derived[0].ClassName, out ObjectModel? derived) && derived != model)
        {
            WriteObject(json, derived, (polymorphism.PropertyJsonName, polymorphism.Derived[0].Value), examples, depth);
            return;
        }

        json.Append('{');
        bool separate = false;
        foreach (PropertyModel property in model.Properties)
        {
            string? value = discriminator is { } chosen && chosen.Property == property.JsonName ? Quote(chosen.Value)
                : model.DiscriminatorFor(property.JsonName) is { } own ? Quote(own.Value)
                : examples && property.Facts?.ExampleJson is { } example ? example
                : null;
            if (value is null && !property.IsRequired)
            {
                continue;
            }

            json.Append(separate ? "," : string.Empty).Append(Quote(property.JsonName)).Append(':');
            separate = true;
            if (value is not null)
            {
                json.Append(value);
            }
            else
            {
                Write(json, property.Type, examples, depth + 1);
            }
        }

        // A discriminator the union names but the class does not declare still has to be in the body.
        if (discriminator is { } extra && model.Properties.All(property => property.JsonName != extra.Property))
        {
            json.Append(separate ? "," : string.Empty).Append(Quote(extra.Property)).Append(':').Append(Quote(extra.Value));
        }

        json.Append('}');
    }

    private static string Quote(string text) => "\"" + JsonEncodedText.Encode(text) + "\"";

    private static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String or PrimitiveKind.Base64Bytes or PrimitiveKind.Stream => "\"\"",
        PrimitiveKind.Boolean => "false",
        PrimitiveKind.Date => "\"2024-01-01\"",
        PrimitiveKind.DateTime => "\"2024-01-01T00:00:00Z\"",
        PrimitiveKind.Time => "\"00:00:00\"",
        PrimitiveKind.Duration => "\"PT0S\"",
        PrimitiveKind.TimeSpan => "\"00:00:00\"",
        PrimitiveKind.Char => "\"a\"",
        PrimitiveKind.Guid => "\"00000000-0000-0000-0000-000000000000\"",
        PrimitiveKind.Uri => "\"https://example.com/\"",
        _ => "0",
    };
}

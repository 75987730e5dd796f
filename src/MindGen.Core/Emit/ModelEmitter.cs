using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Emits one class per object schema: plain properties with XML docs, nothing else.</summary>
internal sealed class ModelEmitter
{
    private readonly ApiDescription _api;
    private readonly TypeSyntax _types;

    public ModelEmitter(ApiDescription api, TypeSyntax types)
    {
        _api = api;
        _types = types;
    }

    public GeneratedFile Emit(ObjectModel model)
    {
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, model.Description, $"The {model.Name} object of the {XmlDoc.Escape(_api.Title ?? _api.ClientName)} API.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        string baseClass = model.BaseName is null ? string.Empty : " : " + _types.Model(model.BaseName);
        using (writer.Open($"public partial class {model.Name}{baseClass}"))
        {
            var members = model.Properties.Where(property => !property.IsInherited).ToList();
            foreach (PropertyModel property in members)
            {
                if (property != members[0])
                {
                    writer.Line();
                }

                XmlDoc.Summary(writer, property.Description, $"The <c>{XmlDoc.Escape(property.JsonName)}</c> member.");
                if (property.Description is not null || property.Notes is not null)
                {
                    XmlDoc.Remarks(writer, $"JSON name: {property.JsonName}. {property.Notes}".TrimEnd());
                }

                string required = property.IsRequired && !property.IsNullableInCSharp ? "required " : string.Empty;
                writer.Line($"public {required}{_types.Name(property.Type, property.IsNullableInCSharp)} {property.Name} {{ get; set; }}");
            }

            // The bag lives on the root of a hierarchy; derived classes share it.
            if (model.BaseName is null)
            {
                if (members.Count > 0)
                {
                    writer.Line();
                }

                if (model.AdditionalPropertiesType is { } bagType)
                {
                    XmlDoc.Summary(writer, "Members beyond the declared ones, typed as the spec's additionalProperties says; written back on serialization.", string.Empty);
                    writer.Line($"public global::System.Collections.Generic.IDictionary<string, {_types.Name(bagType, bagType.IsNullable)}>? {model.AdditionalPropertiesName} {{ get; set; }}");
                }
                else
                {
                    XmlDoc.Summary(writer, "JSON members the spec does not describe, kept as received and written back on serialization, so a newer server loses nothing.", string.Empty);
                    writer.Line($"public global::System.Collections.Generic.IDictionary<string, {JsonNames.Element}>? {model.AdditionalPropertiesName} {{ get; set; }}");
                }
            }
        }

        return new GeneratedFile($"{_api.Namespace}.{model.Name}.g.cs", writer.ToString());
    }
}

using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>Emits one class per object schema: plain properties with XML docs, nothing else.</summary>
internal sealed class ModelEmitter(ApiDescription api)
{
    public GeneratedFile Emit(ObjectModel model)
    {
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, model.Description, $"The {model.Name} object of the {ApiText.Name(api)}.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        string baseClass = model.BaseName is null ? string.Empty : " : " + TypeSyntax.Generated(model.BaseName);
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
                string notes = Notes(property.Facts);
                if (property.Description is not null || notes.Length > 0)
                {
                    XmlDoc.Remarks(writer, $"JSON name: {property.JsonName}. {notes}".TrimEnd());
                }

                // What the API deprecates warns whoever sets or reads it; the JSON code still does, without a warning. A
                // member that must be set cannot be [Obsolete] (CS9042): its docs say it.
                if (property.Facts?.IsDeprecated == true && !property.IsDiscriminator && !property.IsRequiredInCSharp)
                {
                    writer.Line(DeprecatedAttribute);
                }

                // The discriminator is set by each class's constructor, so nobody has to.
                string required = property.IsRequiredInCSharp ? "required " : string.Empty;
                writer.Line($"public {required}{TypeSyntax.Name(property.Type, property.IsNullableInCSharp)} {property.Name} {{ get; set; }}");
            }

            // One value per hierarchy the class is in, set on the member that hierarchy is discriminated by.
            var discriminators = (
                from value in model.Discriminators
                let property = model.Properties.FirstOrDefault(property => property.IsDiscriminator && property.JsonName == value.PropertyJsonName)
                where property is not null
                select (Property: property, value.Value)).ToList();
            bool hasRequired = model.Properties.Any(property => property.IsRequiredInCSharp);
            if (discriminators.Count > 0)
            {
                writer.Line();
                string sets = string.Join(" and ", discriminators.Select(set => $"<c>{XmlDoc.Escape(set.Property.JsonName)}</c> to <c>{XmlDoc.Escape(set.Value)}</c>"));
                XmlDoc.Summary(writer, null, discriminators.Count == 1
                    ? $"Sets {sets}, the value that names this class on the wire."
                    : $"Sets {sets}, the values that name this class on the wire.");
                using (writer.Open($"public {model.Name}()"))
                {
                    foreach ((PropertyModel property, string value) in discriminators)
                    {
                        writer.Line($"{property.Name} = {CSharpLiteral.String(value)};");
                    }
                }
            }
            else if (hasRequired)
            {
                writer.Line();
                XmlDoc.Summary(writer, null, $"Creates a {model.Name}; its required members must be set.");
                writer.Line($"public {model.Name}() {{ }}");
            }

            // The JSON reader creates the object empty, sets the members it reads, then checks the required ones.
            if (hasRequired)
            {
                writer.Line();
                writer.Line("[sys::Diagnostics.CodeAnalysis.SetsRequiredMembers]");
                writer.Line("#pragma warning disable CS8618 // The reader sets the required members, or fails.");
                writer.Line($"internal {model.Name}({TypeSyntax.Generated(api.JsonContextName)}.Blank blank) : this() {{ }}");
                writer.Line("#pragma warning restore CS8618");
            }

            // The bag lives on the root of a hierarchy; derived classes share it.
            if (model.BaseName is null)
            {
                if (members.Count > 0)
                {
                    writer.Line();
                }

                string valueType = model.AdditionalPropertiesType is { } bagType ? TypeSyntax.Name(bagType, bagType.IsNullable) : TypeSyntax.Name(new AnyTypeRef(), nullable: false);
                XmlDoc.Summary(writer, model.AdditionalPropertiesType is null
                    ? "JSON members the spec does not describe, kept as received and written back on serialization, so a newer server loses nothing."
                    : "Members beyond the declared ones, typed as the spec's additionalProperties says; written back on serialization.", string.Empty);
                writer.Line($"public sys::Collections.Generic.IDictionary<string, {valueType}>? {model.AdditionalPropertiesName} {{ get; set; }}");
            }

            // Its JSON as the client sends it, without the members the spec marks write-only (docs/schemas.md): the
            // docs are object's, since GitHub has 1,700 classes.
            writer.Line();
            XmlDoc.Raw(writer, "<inheritdoc/>");
            writer.Line($"public override string ToString() => {TypeSyntax.Generated(api.JsonContextName)}.{GeneratedNames.ContextDisplay}(this);");
        }

        return new GeneratedFile($"{api.Namespace}.{model.Name}.g.cs", writer.ToString());
    }

    // On a member the API deprecates.
    private const string DeprecatedAttribute = "[sys::Obsolete(\"The API marks this member as deprecated.\")]";

    // What the spec says of a member beyond its type, in words; the spec's JSON is escaped where it lands.
    private static string Notes(MemberFacts? facts)
    {
        if (facts is null)
        {
            return string.Empty;
        }

        var notes = new List<string>();
        if (facts.IsReadOnly)
        {
            notes.Add("Read-only: set by the server; a request may leave it out.");
        }

        if (facts.IsWriteOnly)
        {
            notes.Add("Write-only: sent in requests, never returned.");
        }

        if (facts.IsDeprecated)
        {
            notes.Add("Deprecated by the API.");
        }

        if (facts.DefaultJson is { } defaultJson)
        {
            notes.Add("Default: " + defaultJson);
        }

        if (facts.ExampleJson is { } example)
        {
            notes.Add("Example: " + example);
        }

        return string.Join(" ", notes);
    }
}

using System.Linq;
using System.Text;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Emits the reader and writer of one generated class. Reading collects members into locals and builds the
/// object at the end (so <c>required</c> members work); names are matched as UTF-8 bytes without allocating;
/// members the spec does not describe are kept in the class's additional-properties bag.
/// </summary>
internal sealed class JsonModelConverterEmitter(ApiDescription api, TypeSyntax types)
{
    public string Emit(ObjectModel model)
    {
        string type = types.Generated(model.Name);
        SourceWriter writer = FileHeader.Start(api.Namespace);
        using (writer.Open($"partial class {api.JsonContextName}"))
        {
            foreach (PropertyModel property in model.Properties)
            {
                writer.Line($"private static readonly {JsonNames.EncodedText} {NameField(model, property)} = {JsonNames.EncodedText}.Encode({CSharpLiteral.String(property.JsonName)});");
            }

            if (model.Properties.Count > 0)
            {
                writer.Line();
            }

            EmitRead(writer, model, type);
            writer.Line();
            JsonHelpersEmitter.EmitReadOrNull(writer, model.Name, type, isValueType: false);
            writer.Line();
            EmitWrite(writer, model, type);
            writer.Line();
            JsonContextEmitter.EmitConverterClass(writer, model.Name, type);
        }

        return writer.ToString();
    }

    private void EmitRead(SourceWriter writer, ObjectModel model, string type)
    {
        using (writer.Open($"private static {type} {GeneratedNames.ReadMethod(model.Name)}(ref {JsonNames.Reader} reader)"))
        {
            writer.Line($"if (reader.TokenType != {JsonNames.TokenType}.StartObject)");
            writer.Line("{");
            writer.Line($"    throw Mismatch(ref reader, {CSharpLiteral.String("an object (" + model.Name + ")")});");
            writer.Line("}");
            writer.Line();
            if (model.Polymorphism is { } polymorphism)
            {
                // The discriminator picks the class; a value naming no derived class reads as this one.
                using (writer.Open($"switch (PeekDiscriminator(reader, {CSharpLiteral.Utf8(polymorphism.PropertyJsonName)}))"))
                {
                    foreach (DiscriminatorValueModel derived in polymorphism.Derived)
                    {
                        writer.Line($"case {CSharpLiteral.String(derived.Value)}:");
                        writer.Line($"    return {GeneratedNames.ReadMethod(derived.ClassName)}(ref reader);");
                    }
                }

                writer.Line();
            }

            foreach (PropertyModel property in model.Properties)
            {
                writer.Line($"{types.Name(property.Type, nullable: true)} {Local(property)} = default;");
                if (IsEnforced(property))
                {
                    writer.Line($"bool {Seen(property)} = false;");
                }
            }

            writer.Line($"global::System.Collections.Generic.Dictionary<string, {BagValueType(model)}>? additionalProperties = null;");
            writer.Line("string? member = null;");
            using (writer.Open("try"))
            {
                using (writer.Open($"while (reader.Read() && reader.TokenType != {JsonNames.TokenType}.EndObject)"))
                {
                    if (model.Properties.Count > 0)
                    {
                        EmitMatchMembers(writer, model);
                        writer.Line();
                    }

                    EmitKeepUnknown(writer, model);
                }
            }

            using (writer.Open($"catch ({JsonNames.Exception} exception) when (member is not null)"))
            {
                writer.Line("throw AddPath(exception, member);");
            }

            foreach (PropertyModel property in model.Properties.Where(IsEnforced))
            {
                writer.Line();
                using (writer.Open($"if (!{Seen(property)})"))
                {
                    writer.Line($"throw Failure({CSharpLiteral.String($"the required property '{property.JsonName}' of {model.Name} is missing")});");
                }
            }

            writer.Line();
            writer.Line($"return new {type}");
            writer.Line("{");
            foreach (PropertyModel property in model.Properties)
            {
                string suffix = !property.IsNullableInCSharp && !TypeSyntax.IsValueType(property.Type) ? "!" : string.Empty;
                string value = property.IsDiscriminator && model.DiscriminatorFor(property.JsonName) is { } own
                    ? $"{Local(property)} ?? {CSharpLiteral.String(own.Value)}"
                    : !property.IsNullableInCSharp && TypeSyntax.IsValueType(property.Type) ? Local(property) + ".GetValueOrDefault()" : Local(property) + suffix;
                writer.Line($"    {property.Name} = {value},");
            }

            writer.Line($"    {model.AdditionalPropertiesName} = additionalProperties,");
            writer.Line("};");
        }
    }

    /// <summary>
    /// Finds the member by the UTF-8 bytes of its name: a switch on the length, then a byte comparison per
    /// member of that length, instead of comparing against every name in turn. Escaped names
    /// (<c>"\u0069d"</c>) are unescaped first, so they match too. A matched member is read and the loop goes on.
    /// </summary>
    private static void EmitMatchMembers(SourceWriter writer, ObjectModel model)
    {
        writer.Line($"global::System.ReadOnlySpan<byte> nameBytes = reader.HasValueSequence || reader.ValueIsEscaped ? UnescapedName(ref reader) : reader.ValueSpan;");
        using (writer.Open("switch (nameBytes.Length)"))
        {
            foreach (PropertyModel property in model.Properties.OrderBy(property => Encoding.UTF8.GetByteCount(property.JsonName)))
            {
                string seen = IsEnforced(property) ? $" {Seen(property)} = true;" : string.Empty;
                writer.Line($"case {Encoding.UTF8.GetByteCount(property.JsonName)} when global::System.MemoryExtensions.SequenceEqual(nameBytes, {CSharpLiteral.Utf8(property.JsonName)}):");
                writer.Line($"    member = {CSharpLiteral.String(PathSegment(property.JsonName))}; reader.Read(); {Local(property)} = {JsonValueCode.Read(property.Type, property.IsNullableInCSharp)};{seen} continue;");
            }
        }
    }

    private void EmitKeepUnknown(SourceWriter writer, ObjectModel model)
    {
        string read = model.AdditionalPropertiesType is { } type ? JsonValueCode.Read(type, type.IsNullable) : $"{JsonNames.Element}.ParseValue(ref reader)";
        writer.Line("string name = reader.GetString()!;");
        writer.Line("member = \"['\" + name + \"']\";");
        writer.Line("reader.Read();");
        writer.Line($"(additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, {BagValueType(model)}>())[name] = {read};");
    }

    private string BagValueType(ObjectModel model) =>
        model.AdditionalPropertiesType is { } type ? types.Name(type, type.IsNullable) : JsonNames.Element;

    private void EmitWrite(SourceWriter writer, ObjectModel model, string type)
    {
        using (writer.Open($"private static void {GeneratedNames.WriteMethod(model.Name)}({JsonNames.Writer} writer, {type} value)"))
        {
            if (model.Polymorphism is { } polymorphism)
            {
                using (writer.Open("switch (value)"))
                {
                    foreach (DiscriminatorValueModel derived in polymorphism.Derived.GroupBy(d => d.ClassName).Select(group => group.First()))
                    {
                        writer.Line($"case {types.Generated(derived.ClassName)} derived{derived.ClassName}:");
                        writer.Line($"    {GeneratedNames.WriteMethod(derived.ClassName)}(writer, derived{derived.ClassName});");
                        writer.Line("    return;");
                    }
                }

                writer.Line();
            }

            // One line per member (two with its null branch): GitHub's spec has 39,000 members. The discriminator
            // goes first: System.Text.Json's polymorphic reader (an ASP.NET Core server) accepts it nowhere else.
            writer.Line("writer.WriteStartObject();");
            foreach (PropertyModel property in model.Properties.OrderBy(property => property.IsDiscriminator ? 0 : 1))
            {
                string name = NameField(model, property);
                if (property.IsDiscriminator || (!property.IsNullableInCSharp && TypeSyntax.IsValueType(property.Type)))
                {
                    writer.Line(JsonValueCode.WriteMember(property.Type, name, "value." + property.Name));
                }
                else
                {
                    // Null is written where the spec allows it (or the member is required); otherwise the member is left out.
                    writer.Line($"if (value.{property.Name} is {{ }} {Local(property)}) {{ {JsonValueCode.WriteMember(property.Type, name, Local(property))} }}");
                    if (property.Type.IsNullable || property.IsRequired)
                    {
                        writer.Line($"else {{ writer.WriteNull({name}); }}");
                    }
                }
            }

            writer.Line();
            using (writer.Open($"if (value.{model.AdditionalPropertiesName} is {{ }} additionalProperties)"))
            {
                using (writer.Open($"foreach (global::System.Collections.Generic.KeyValuePair<string, {BagValueType(model)}> pair in additionalProperties)"))
                {
                    writer.Line("writer.WritePropertyName(pair.Key);");
                    writer.Line(model.AdditionalPropertiesType switch
                    {
                        null => "pair.Value.WriteTo(writer);",
                        { IsNullable: true } nullableBag => JsonValueCode.WriteNullable(nullableBag, "pair.Value", "item"),
                        { } bag => JsonValueCode.Write(bag, "pair.Value"),
                    });
                }
            }

            writer.Line();
            writer.Line("writer.WriteEndObject();");
        }
    }

    // A required member must be in the body; the discriminator need not: without it, the class reads as itself.
    private static bool IsEnforced(PropertyModel property) => property.IsRequired && !property.IsDiscriminator;

    private static string NameField(ObjectModel model, PropertyModel property) => GeneratedNames.NameField(model.Name, property.Name);

    private static string Local(PropertyModel property) => "value" + property.Name;

    private static string Seen(PropertyModel property) => "seen" + property.Name;

    /// <summary>The member's segment of a JSON path: <c>.ticketId</c>, or <c>['odd name']</c>.</summary>
    private static string PathSegment(string jsonName) =>
        jsonName.Length > 0 && jsonName.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')
            ? "." + jsonName
            : "['" + jsonName + "']";
}

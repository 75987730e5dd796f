using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Emits the reader and writer of one generated class around a table of its members (the context's
/// <c>JsonMembers</c>, built on first use): the reader creates the object empty, asks the table which member
/// each name is, and sets it in a switch of one line per member; the table checks the required members and
/// names the JSON path of a failure. Members the spec does not describe are kept in the class's bag. Per
/// member the class costs a line to read and a line to write: a large spec's context stays cheap to compile.
/// </summary>
internal sealed class JsonModelConverterEmitter(ApiDescription api, JsonShapes shapes, JsonPartitions parts)
{
    private const string MembersType = "JsonMembers";

    private readonly JsonValueCode _values = new(parts, shapes, fromPart: true);

    /// <summary>One file of classes' JSON code, all in one partial declaration of the context.</summary>
    public string Emit(IEnumerable<ObjectModel> models)
    {
        SourceWriter writer = FileHeader.Start(api.Namespace);
        var classes = models.ToList();
        if (classes.Any(model => model.Properties.Any(property => property.Facts?.IsDeprecated == true)))
        {
            // The members the API deprecates ([Obsolete] from ModelEmitter) are read and written all the same.
            writer.Line("#pragma warning disable CS0618");
            writer.Line();
        }

        using (writer.Open($"partial class {api.JsonContextName}"))
        {
            parts.EmitByPart(writer, classes, Shape, model => Emit(writer, model));
        }

        return writer.ToString();
    }

    private void Emit(SourceWriter writer, ObjectModel model)
    {
        string type = TypeSyntax.Generated(model.Name);
        string access = parts.Access(Shape(model));
        EmitMembersTable(writer, model, access);
        writer.Line();
        EmitRead(writer, model, type, access);
        writer.Line();
        if (shapes.IsReadOrNull(Shape(model)))
        {
            JsonHelpersEmitter.EmitReadOrNull(writer, model.Name, type, access, isValueType: false);
            writer.Line();
        }

        EmitWrite(writer, model, type, access);
    }

    private static ModelTypeRef Shape(ObjectModel model) => new(model.Name);

    private static void EmitMembersTable(SourceWriter writer, ObjectModel model, string access)
    {
        IEnumerable<int> required = model.Properties.Select((property, index) => (property, index)).Where(member => IsEnforced(member.property)).Select(member => member.index);
        string requiredIndexes = required.Any() ? $"new int[] {{ {string.Join(", ", required)} }}" : "null";
        string names = string.Concat(model.Properties.Select(property => ", " + CSharpLiteral.String(property.JsonName)));
        string field = GeneratedNames.MembersField(model.Name);
        writer.Line($"private static {MembersType}? {field};");
        writer.Line();
        writer.Line($"{access} static {MembersType} {GeneratedNames.MembersTable(model.Name)} => {field} ??= new {MembersType}({CSharpLiteral.String(model.Name)}, {requiredIndexes}{names});");
    }

    private void EmitRead(SourceWriter writer, ObjectModel model, string type, string access)
    {
        using (writer.Open($"{access} static {type} {GeneratedNames.ReadMethod(model.Name)}(ref {JsonNames.Reader} reader)"))
        {
            writer.Line($"{MembersType} members = {GeneratedNames.MembersTable(model.Name)};");
            writer.Line("MemberCursor cursor = members.Begin(ref reader);");
            if (model.Polymorphism is { } polymorphism)
            {
                // The discriminator picks the class; a value naming no derived class (or none at all) reads as the
                // spec's default class, or else as this one.
                using (writer.Open($"switch (PeekDiscriminator(reader, {CSharpLiteral.Utf8(polymorphism.PropertyJsonName)}))"))
                {
                    foreach (DiscriminatorValueModel derived in polymorphism.Derived)
                    {
                        writer.Line($"case {CSharpLiteral.String(derived.Value)}:");
                        writer.Line($"    return {_values.Read(new ModelTypeRef(derived.ClassName), allowNull: false)};");
                    }

                    if (polymorphism.DefaultClassName is { } fallback)
                    {
                        writer.Line("default:");
                        writer.Line($"    return {_values.Read(new ModelTypeRef(fallback), allowNull: false)};");
                    }
                }

                // With a default class every value has a class of its own: this one is never read as itself.
                if (polymorphism.DefaultClassName is not null)
                {
                    return;
                }
            }

            // Required members are checked after the loop, so the object starts empty; a discriminator the body
            // leaves out keeps the value the class's constructor gives it.
            string blank = model.Properties.Any(property => property.IsRequiredInCSharp) ? $"{TypeSyntax.Generated(api.JsonContextName)}.Blank.Value" : string.Empty;
            writer.Line($"var value = new {type}({blank});");
            using (writer.Open("try"))
            {
                using (writer.Open("while (members.Next(ref reader, ref cursor))"))
                {
                    using (writer.Open("switch (cursor.Index)"))
                    {
                        for (int index = 0; index < model.Properties.Count; index++)
                        {
                            PropertyModel property = model.Properties[index];
                            writer.Line($"case {index}: value.{property.Name} = {_values.Read(property.Type, JsonShapes.ReadsNull(property))}; break;");
                        }

                        writer.Line($"default: value.{model.AdditionalPropertiesName} = Keep(value.{model.AdditionalPropertiesName}, cursor.UnknownName!, {ReadKept(model)}); break;");
                    }
                }
            }

            using (writer.Open($"catch ({JsonNames.Exception} exception) when (cursor.InMember)"))
            {
                writer.Line("throw AddPath(exception, members.PathSegment(cursor));");
            }

            writer.Line();
            writer.Line("members.EnsureRequired(cursor);");
            writer.Line("return value;");
        }
    }

    private string ReadKept(ObjectModel model) =>
        model.AdditionalPropertiesType is { } type ? _values.Read(type, type.IsNullable) : $"{JsonNames.Element}.ParseValue(ref reader)";

    private void EmitWrite(SourceWriter writer, ObjectModel model, string type, string access)
    {
        using (writer.Open($"{access} static void {GeneratedNames.WriteMethod(model.Name)}({JsonNames.Writer} writer, {type} value)"))
        {
            if (model.Polymorphism is { } polymorphism)
            {
                using (writer.Open("switch (value)"))
                {
                    foreach (DiscriminatorValueModel derived in polymorphism.Derived.GroupBy(d => d.ClassName).Select(group => group.First()))
                    {
                        writer.Line($"case {TypeSyntax.Generated(derived.ClassName)} derived{derived.ClassName}:");
                        writer.Line($"    {_values.Write(new ModelTypeRef(derived.ClassName), "derived" + derived.ClassName)}");
                        writer.Line("    return;");
                    }
                }

                writer.Line();
            }

            // One line per member: GitHub's spec has 39,000 of them. The discriminator goes first: System.Text.Json's
            // polymorphic reader (an ASP.NET Core server) accepts it nowhere else.
            writer.Line($"{JsonNames.EncodedText}[] names = {GeneratedNames.MembersTable(model.Name)}.EncodedNames;");
            writer.Line("writer.WriteStartObject();");
            foreach ((PropertyModel property, int index) in model.Properties.Select((property, index) => (property, index)).OrderBy(member => member.property.IsDiscriminator ? 0 : 1))
            {
                string name = $"names[{index}]";
                string write;
                if (property.IsDiscriminator || (!property.IsNullableInCSharp && TypeSyntax.IsValueType(property.Type)))
                {
                    write = _values.WriteMember(property.Type, name, "value." + property.Name);
                }
                else if (!(property.Type.IsNullable || property.IsRequired))
                {
                    // Left out when null; null is written only where the spec allows it or requires the member (below).
                    write = $"if (value.{property.Name} is {{ }} {Local(property)}) {{ {_values.WriteMember(property.Type, name, Local(property))} }}";
                }
                else if (property.Type is PrimitiveTypeRef { Kind: PrimitiveKind.String })
                {
                    // Utf8JsonWriter writes a null string as JSON null itself: GitHub's classes have 2,200 such members.
                    write = $"writer.WriteString({name}, value.{property.Name});";
                }
                else
                {
                    write = $"if (value.{property.Name} is {{ }} {Local(property)}) {{ {_values.WriteMember(property.Type, name, Local(property))} }} else {{ writer.WriteNull({name}); }}";
                }

                // A write-only member (a password) is sent, but never printed by ToString().
                writer.Line(property.Facts is { IsWriteOnly: true } ? $"if (!{GeneratedNames.ContextRedacting}) {{ {write} }}" : write);
            }

            EmitWriteKept(writer, model);
            writer.Line("writer.WriteEndObject();");
        }
    }

    private void EmitWriteKept(SourceWriter writer, ObjectModel model)
    {
        if (model.AdditionalPropertiesType is not { } bag)
        {
            writer.Line($"WriteKept(writer, value.{model.AdditionalPropertiesName});");
            return;
        }

        using (writer.Open($"if (value.{model.AdditionalPropertiesName} is {{ }} additionalProperties)"))
        {
            using (writer.Open($"foreach (sys::Collections.Generic.KeyValuePair<string, {TypeSyntax.Name(bag, bag.IsNullable)}> pair in additionalProperties)"))
            {
                writer.Line("writer.WritePropertyName(pair.Key);");
                writer.Line(bag.IsNullable ? _values.WriteNullable(bag, "pair.Value", "item") : _values.Write(bag, "pair.Value"));
            }
        }
    }

    // A required member must be in the body; the discriminator need not: without it, the class reads as itself.
    private static bool IsEnforced(PropertyModel property) => property.IsRequired && !property.IsDiscriminator;

    private static string Local(PropertyModel property) => "value" + property.Name;
}

using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Emits the API's <c>JsonSerializerContext</c>: a complete, reflection-free resolver. A generator cannot
/// feed the System.Text.Json source generator, so MindGen writes the context itself: every root type gets a
/// <c>JsonTypeInfo</c> built with <c>JsonMetadataServices.CreateValueInfo</c> over a generated converter,
/// and the converters call each other's static read/write methods directly. Its files: this one (the
/// metadata), <see cref="JsonHelpersEmitter"/>'s, and the classes' (<see cref="JsonModelConverterEmitter"/>), a
/// file per first letter of their names. The shapes' methods sit in nested classes (<see cref="JsonPartitions"/>).
/// </summary>
internal sealed class JsonContextEmitter(ApiDescription api, JsonShapes shapes, JsonRootNames roots, JsonPartitions parts)
{
    private readonly JsonValueCode _values = new(parts, shapes, fromPart: false);

    public IEnumerable<GeneratedFile> Emit()
    {
        yield return new GeneratedFile($"{api.Namespace}.{api.JsonContextName}.g.cs", EmitContext());
        yield return new GeneratedFile($"{api.Namespace}.{api.JsonContextName}.Helpers.g.cs", new JsonHelpersEmitter(api, shapes, parts).Emit());
        // Every partial declaration of the context costs the compiler time in proportion to the context's members,
        // whatever it holds: GitHub's 1,697 classes took 35 s more of a build's CPU in a file each than in 22. So the
        // classes share a file per first letter: few declarations, and a class added to the spec changes one file of
        // checked-in output.
        var models = new JsonModelConverterEmitter(api, shapes, parts);
        foreach (IGrouping<string, ObjectModel> group in api.Models.GroupBy(model => GeneratedNames.ClassesFile(model.Name)).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            yield return new GeneratedFile($"{api.Namespace}.{api.JsonContextName}.{group.Key}.g.cs", models.Emit(group));
        }
    }

    private string EmitContext()
    {
        string context = api.JsonContextName;
        string self = TypeSyntax.Generated(context);
        string defaultName = GeneratedNames.ContextDefault;
        string create = GeneratedNames.ContextCreate;
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, null, $"Reflection-free System.Text.Json metadata for every type of the {ApiText.Name(api)}; safe for trimming and Native AOT.");
        XmlDoc.Remarks(writer, "Use it with JsonSerializer directly, e.g. JsonSerializer.Deserialize(json, " + context + ".Default.<Type>). The wire format is the spec's: naming policies and converters in custom options do not apply to generated types.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        using (writer.Open($"public sealed partial class {context} : {JsonNames.Json}Serialization.JsonSerializerContext, {JsonNames.Metadata}.IJsonTypeInfoResolver"))
        {
            XmlDoc.Summary(writer, null, "The shared instance, with default options.");
            writer.Line($"public static {self} {defaultName} {{ get; }} = new {self}(new {JsonNames.Options}());");
            writer.Line();
            XmlDoc.Summary(writer, null, "Creates a context with its own default options.");
            writer.Line($"public {context}() : base(options: null) {{ }}");
            writer.Line();
            XmlDoc.Summary(writer, null, "Creates a context bound to <paramref name=\"options\"/> (for settings such as indentation).");
            XmlDoc.Param(writer, "options", null, "The options to bind; they become read-only.");
            writer.Line($"public {context}({JsonNames.Options} options) : base(options) {{ }}");
            writer.Line();
            XmlDoc.Raw(writer, "<inheritdoc/>");
            writer.Line($"protected override {JsonNames.Options}? GeneratedSerializerOptions => null;");
            writer.Line();

            // One cast for every root's property to call: GitHub's context has 3,000 roots.
            writer.Line($"private {JsonNames.TypeInfo}<T> {GeneratedNames.ContextTypeInfoOf}<T>() => ({JsonNames.TypeInfo}<T>)Options.GetTypeInfo(typeof(T));");

            foreach (TypeRef root in shapes.Roots.OrderBy(root => roots[root], System.StringComparer.Ordinal))
            {
                string type = TypeSyntax.Name(root, nullable: false);
                string property = roots[root];
                string field = GeneratedNames.TypeInfoField(property);
                writer.Line();
                writer.Line($"private {JsonNames.TypeInfo}<{type}>? {field};");
                writer.Line();
                XmlDoc.Summary(writer, null, $"Metadata for {XmlDoc.Escape(TypeSyntax.Display(root))}.");
                writer.Line($"public {JsonNames.TypeInfo}<{type}> {property} => {field} ??= {GeneratedNames.ContextTypeInfoOf}<{type}>();");
            }

            writer.Line();
            XmlDoc.Raw(writer, "<inheritdoc/>");
            using (writer.Open($"public override {JsonNames.TypeInfo}? GetTypeInfo(sys::Type type)"))
            {
                writer.Line($"Options.TryGetTypeInfo(type, out {JsonNames.TypeInfo}? typeInfo);");
                writer.Line("return typeInfo;");
            }

            writer.Line();
            using (writer.Open($"{JsonNames.TypeInfo}? {JsonNames.Metadata}.IJsonTypeInfoResolver.GetTypeInfo(sys::Type type, {JsonNames.Options} options)"))
            {
                foreach (TypeRef resolved in shapes.Resolved.OrderBy(resolved => roots[resolved], System.StringComparer.Ordinal))
                {
                    string type = TypeSyntax.Name(resolved, nullable: false);
                    // Delegates created explicitly, which C# never caches: a method group converted implicitly gets a
                    // static field to cache it in, and for a method that runs once per type that was GitHub's 6,000
                    // fields and 354 KB of its DLL.
                    writer.Line($"if (type == typeof({type})) return {create}(options, new Converter<{type}>(new ReadMethod<{type}>({_values.ReadMethod(resolved, allowNull: false)}), new WriteMethod<{type}>({_values.WriteMethod(resolved)})));");
                }

                writer.Line("return null;");
            }

            writer.Line();
            using (writer.Open($"private {JsonNames.TypeInfo}<T> {create}<T>({JsonNames.Options} options, {JsonNames.Converter}<T> converter)"))
            {
                writer.Line($"{JsonNames.TypeInfo}<T> typeInfo = {JsonNames.Metadata}.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
                writer.Line("typeInfo.OriginatingResolver = this;");
                writer.Line("return typeInfo;");
            }
        }

        return writer.ToString();
    }
}

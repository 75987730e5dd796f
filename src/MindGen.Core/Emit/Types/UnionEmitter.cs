using System.Linq;
using MindGen.Emit.Json;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>
/// Emits a oneOf/anyOf union: a class holding the JSON as received (so nothing is lost and it writes back
/// exactly), a factory and implicit conversion per variant, and a <c>TryGet…</c> accessor per variant that
/// reads it through the API's JSON context (its <c>TryRead</c>). The fixed parts are templates.
/// </summary>
internal sealed class UnionEmitter(ApiDescription api, JsonRootNames roots)
{
    public GeneratedFile Emit(UnionModel union)
    {
        string variants = string.Join(", ", union.Variants.Select(variant => XmlDoc.Escape(TypeSyntax.Display(variant.Type))));
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, union.Description, $"One of: {variants}.");
        XmlDoc.Remarks(writer, "The JSON is kept exactly as received; the TryGet methods read it as one of the variants.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        using (writer.Open($"public sealed partial class {union.Name}"))
        {
            writer.Lines(Template.Union.Body(union.Name));
            if (union.DiscriminatorProperty is { } property)
            {
                writer.Line();
                writer.Lines(Template.UnionDiscriminator.Body(union.Name)
                    .Replace("\"discriminatorName\"", CSharpLiteral.String(property))
                    .Replace("<c>discriminatorName</c>", $"<c>{XmlDoc.Escape(property)}</c>"));
            }

            foreach (UnionVariantModel variant in union.Variants.Where(variant => variant.Type is not AnyTypeRef))
            {
                writer.Line();
                EmitVariant(writer, union, variant);
            }
        }

        return new GeneratedFile($"{api.Namespace}.{union.Name}.g.cs", writer.ToString());
    }

    private void EmitVariant(SourceWriter writer, UnionModel union, UnionVariantModel variant)
    {
        string self = TypeSyntax.Generated(union.Name);
        string type = TypeSyntax.Name(variant.Type, nullable: false);
        string from = GeneratedNames.UnionAccessorPrefixes[0] + variant.AccessorName;
        string tryGet = GeneratedNames.UnionAccessorPrefixes[1] + variant.AccessorName;
        string context = TypeSyntax.Generated(api.JsonContextName);
        string typeInfo = $"{context}.{GeneratedNames.ContextDefault}.{roots[variant.Type]}";
        string display = XmlDoc.Escape(TypeSyntax.Display(variant.Type));
        writer.Lines($$"""
            /// <summary>Wraps the {{display}} variant.</summary>
            /// <param name="value">The variant.</param>
            public static {{self}} {{from}}({{type}} value) => new {{self}}({{JsonNames.Json}}JsonSerializer.SerializeToElement(value, {{typeInfo}}));
            """);

        // C# allows no user-defined conversion from an interface type (arrays and maps are IReadOnly…).
        if (variant.Type is not (ArrayTypeRef or MapTypeRef))
        {
            writer.Lines($$"""

                /// <summary>Wraps the {{display}} variant.</summary>
                /// <param name="value">The variant.</param>
                public static implicit operator {{self}}({{type}} value) => {{from}}(value);
                """);
        }

        string applies = union.DiscriminatorProperty is not null && variant.DiscriminatorValues.Count > 0
            ? $", applies: Discriminator is {string.Join(" or ", variant.DiscriminatorValues.Select(CSharpLiteral.String))}"
            : string.Empty;
        string when = applies.Length > 0 ? "the discriminator names it and the JSON reads as one" : "the JSON reads as one";
        string outParameter = TypeSyntax.IsValueType(variant.Type) ? $"out {type} value" : $"[sys::Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value";
        writer.Lines($$"""

            /// <summary>Reads the value as the {{display}} variant; true when {{when}}.</summary>
            /// <param name="value">The variant, when this returns true.</param>
            public bool {{tryGet}}({{outParameter}}) => {{context}}.TryRead(Json, {{typeInfo}}, out value{{applies}});
            """);
    }
}

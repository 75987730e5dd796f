using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>
/// Emits a oneOf/anyOf union: a class holding the JSON as received (so nothing is lost and it writes back
/// exactly), a factory and implicit conversion per variant, and a <c>TryGet…</c> accessor per variant that
/// reads it through the API's JSON context.
/// </summary>
internal sealed class UnionEmitter
{
    private readonly ApiDescription _api;
    private readonly TypeSyntax _types;

    public UnionEmitter(ApiDescription api, TypeSyntax types)
    {
        _api = api;
        _types = types;
    }

    public GeneratedFile Emit(UnionModel union)
    {
        string name = union.Name;
        string context = _types.Model(_api.JsonContextName) + ".Default.";
        string variants = string.Join(", ", union.Variants.Select(variant => XmlDoc.Escape(TypeSyntax.Display(variant.Type))));
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, union.Description, $"One of: {variants}.");
        XmlDoc.Remarks(writer, "The JSON is kept exactly as received; the TryGet methods read it as one of the variants.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed partial class {name}"))
        {
            writer.Lines($$"""
                /// <summary>Wraps JSON, as received or built by hand.</summary>
                /// <param name="json">The value.</param>
                public {{name}}({{JsonNames.Element}} json) => Json = json;

                /// <summary>The value as JSON, exactly as received.</summary>
                public {{JsonNames.Element}} Json { get; }
                """);
            if (union.DiscriminatorProperty is { } property)
            {
                writer.Lines($$"""

                    /// <summary>The <c>{{XmlDoc.Escape(property)}}</c> member, which names the variant; null when it is absent or not a string.</summary>
                    public string? Discriminator =>
                        Json.ValueKind == {{JsonNames.Json}}.JsonValueKind.Object
                        && Json.TryGetProperty({{CSharpLiteral.String(property)}}, out {{JsonNames.Element}} discriminator)
                        && discriminator.ValueKind == {{JsonNames.Json}}.JsonValueKind.String
                            ? discriminator.GetString()
                            : null;
                    """);
            }

            foreach (UnionVariantModel variant in union.Variants.Where(variant => variant.Type is not AnyTypeRef))
            {
                writer.Line();
                EmitVariant(writer, union, variant, context);
            }
        }

        return new GeneratedFile($"{_api.Namespace}.{name}.g.cs", writer.ToString());
    }

    private void EmitVariant(SourceWriter writer, UnionModel union, UnionVariantModel variant, string context)
    {
        string type = _types.Name(variant.Type, nullable: false);
        string key = TypeSyntax.Key(variant.Type);
        string typeInfo = context + JsonContextEmitter.PropertyName(variant.Type);
        string display = XmlDoc.Escape(TypeSyntax.Display(variant.Type));
        bool isValueType = TypeSyntax.IsValueType(variant.Type);
        writer.Lines($$"""
            /// <summary>Wraps a {{display}}.</summary>
            /// <param name="value">The variant.</param>
            public static {{union.Name}} From{{key}}({{type}} value) => new {{union.Name}}({{JsonNames.Json}}.JsonSerializer.SerializeToElement(value, {{typeInfo}}));
            """);

        // C# allows no user-defined conversion from an interface type (arrays and maps are IReadOnly…).
        if (variant.Type is not (ArrayTypeRef or MapTypeRef))
        {
            writer.Lines($$"""

                /// <summary>Wraps a {{display}}.</summary>
                /// <param name="value">The variant.</param>
                public static implicit operator {{union.Name}}({{type}} value) => From{{key}}(value);
                """);
        }

        string condition = union.DiscriminatorProperty is not null && variant.DiscriminatorValues.Count > 0
            ? $"Discriminator is {string.Join(" or ", variant.DiscriminatorValues.Select(CSharpLiteral.String))} && "
            : string.Empty;
        string when = condition.Length > 0 ? "the discriminator names it and the JSON reads as one" : "the JSON reads as one";
        string outParameter = isValueType ? $"out {type} value" : $"[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value";
        writer.Lines($$"""

            /// <summary>Reads the value as a {{display}}; true when {{when}}.</summary>
            /// <param name="value">The variant, when this returns true.</param>
            public bool TryGet{{key}}({{outParameter}})
            {
                try
                {
                    if ({{condition}}{{JsonNames.Json}}.JsonSerializer.Deserialize(Json, {{typeInfo}}) is { } read)
                    {
                        value = read;
                        return true;
                    }
                }
                catch ({{JsonNames.Exception}})
                {
                    // Not this variant.
                }

                value = default;
                return false;
            }
            """);
    }
}

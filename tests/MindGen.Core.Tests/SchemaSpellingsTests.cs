using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Core.Tests;

/// <summary>OpenAPI 3.1's boolean schemas and unevaluatedProperties read as what they mean.</summary>
public sealed class SchemaSpellingsTests
{
    [Fact]
    public void True_is_any_value_false_is_none_and_a_property_no_value_can_have_is_no_property()
    {
        var diagnostics = new List<SpecDiagnostic>();
        OpenApiDocument? document = OpenApiDocumentReader.Read(new SpecInput("spec.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Never: false
                Box:
                  type: object
                  additionalProperties: false
                  properties:
                    additionalProperties: false
                    any: true
                    list: {type: array, items: true}
                    both: {allOf: [true, {type: object}]}
            """), diagnostics);

        Assert.NotNull(document);
        Assert.Empty(diagnostics);
        IOpenApiSchema box = document.Components!.Schemas!["Box"];
        Assert.Equal(["any", "list", "both"], box.Properties!.Keys);
        Assert.False(box.AdditionalPropertiesAllowed);
        Assert.Null(box.Properties["any"].Type);
        Assert.Null(box.Properties["list"].Items!.Type);
        Assert.Equal(2, box.Properties["both"].AllOf!.Count);
        Assert.NotNull(document.Components.Schemas["Never"].Not);
    }

    [Fact]
    public void UnevaluatedProperties_and_contentEncoding_read_as_their_3_0_spellings()
    {
        // TypeSpec's Record<boolean> in 3.1, and an object that says both (the explicit one stays).
        var diagnostics = new List<SpecDiagnostic>();
        OpenApiDocument? document = OpenApiDocumentReader.Read(new SpecInput("spec.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Flags: {type: object, unevaluatedProperties: {type: boolean}}
                Both: {type: object, additionalProperties: {type: string}, unevaluatedProperties: false}
                Picture: {type: string, contentEncoding: base64}
            """), diagnostics);

        Assert.NotNull(document);
        Assert.Empty(diagnostics);
        Assert.Equal(JsonSchemaType.Boolean, document.Components!.Schemas!["Flags"].AdditionalProperties!.Type);
        Assert.Equal(JsonSchemaType.String, document.Components.Schemas["Both"].AdditionalProperties!.Type);
        Assert.Equal("byte", document.Components.Schemas["Picture"].Format);
    }
}

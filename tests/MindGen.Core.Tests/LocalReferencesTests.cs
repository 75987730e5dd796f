using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Core.Tests;

/// <summary>References the OpenAPI reader cannot follow are resolved before it reads the document.</summary>
public sealed class LocalReferencesTests
{
    private static (OpenApiDocument Document, List<SpecDiagnostic> Diagnostics) Read(string text, string? keepSchemas = null)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var selection = new SpecSelection(KeepSchemas: SpecSelection.Parse(keepSchemas));
        OpenApiDocument? document = OpenApiDocumentReader.Read(new SpecInput("spec.yaml", text, Selection: selection), diagnostics);
        Assert.NotNull(document);
        return (document, diagnostics);
    }

    private static string? ReferenceOf(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.ReferenceV3;

    [Fact]
    public void A_reference_into_a_schema_moves_what_it_points_at_into_the_components_and_both_places_share_it()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                item: {type: string}
                List:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: '#/components/schemas/List/$defs/item'}}
                    first: {$ref: '#/components/schemas/List/properties/items/items'}
                    owner: {type: object, properties: {name: {type: string}}}
                    ownerAgain: {$ref: '#/components/schemas/List/properties/owner'}
                  $defs:
                    item: {type: object, properties: {name: {type: string}}}
            """);

        Assert.Empty(diagnostics);
        IDictionary<string, IOpenApiSchema> schemas = document.Components!.Schemas!;
        IOpenApiSchema list = schemas["List"];
        Assert.Equal("#/components/schemas/List_item", ReferenceOf(list.Properties!["items"].Items));
        Assert.Equal("#/components/schemas/List_item", ReferenceOf(list.Properties["first"]));
        Assert.Equal("#/components/schemas/owner", ReferenceOf(list.Properties["owner"]));
        Assert.Equal("#/components/schemas/owner", ReferenceOf(list.Properties["ownerAgain"]));
        Assert.Equal(["name"], schemas["List_item"].Properties!.Keys);
        Assert.Equal(JsonSchemaType.String, schemas["item"].Type);
    }

    [Fact]
    public void Anchors_name_schemas_and_a_dynamic_reference_is_its_anchors_schema_with_a_note()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Node:
                  $anchor: node
                  type: object
                  properties:
                    next: {$ref: '#node'}
                    value: {$dynamicRef: '#value'}
                    missing: {$ref: '#nowhere'}
                  $defs:
                    value: {$dynamicAnchor: value, type: string}
            """);

        IOpenApiSchema node = document.Components!.Schemas!["Node"];
        Assert.Equal("#/components/schemas/Node", ReferenceOf(node.Properties!["next"]));
        Assert.Equal("#/components/schemas/value", ReferenceOf(node.Properties["value"]));
        Assert.Equal("#nowhere", ReferenceOf(node.Properties["missing"]));
        SpecDiagnostic note = Assert.Single(diagnostics);
        Assert.Equal(("MG0011", 10), (note.Id, note.Location!.Line));
        Assert.Contains("read as a $ref to the schema whose anchor is 'value'", note.Message);
    }

    [Fact]
    public void A_reference_to_something_that_is_no_schema_is_left_for_the_builder_to_report()
    {
        (OpenApiDocument document, _) = Read("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200': {description: ok, content: {application/json: {example: {a: 1}, schema: {type: object}}}}
            components:
              schemas:
                Odd: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/example'}
                FromOperation: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}
            """, keepSchemas: "Odd; FromOperation");

        IDictionary<string, IOpenApiSchema> schemas = document.Components!.Schemas!;
        Assert.Null(((OpenApiSchemaReference)schemas["Odd"]).Target);
        Assert.Equal(["Odd", "FromOperation", "schema"], schemas.Keys);
        Assert.Equal("#/components/schemas/schema", ReferenceOf(schemas["FromOperation"]));
        Assert.Equal("#/components/schemas/schema", ReferenceOf(document.Paths["/a"].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema));
    }
}

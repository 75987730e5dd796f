using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Core.Tests;

/// <summary>Values of the wrong type cost a located warning, never the document.</summary>
public sealed class LenientValuesTests
{
    private static (OpenApiDocument Document, List<SpecDiagnostic> Diagnostics) Read(string path, string text)
    {
        var diagnostics = new List<SpecDiagnostic>();
        OpenApiDocument? document = OpenApiDocumentReader.Read(new SpecInput(path, text), diagnostics);
        Assert.NotNull(document);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverityLevel.Error);
        return (document, diagnostics);
    }

    [Fact]
    public void A_parameter_that_is_required_optional_is_not_required_and_is_reported_at_its_line()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("spec.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  parameters:
                    - name: limit
                      in: query
                      required: optional
                      schema:
                        type: integer
                        maximum: '100'
                    - name: owner
                      in: query
                      required: 'yes'
                      schema: {type: string}
                  responses:
                    '200': {description: ok}
            """);

        IList<IOpenApiParameter> parameters = document.Paths["/pets"].Operations![HttpMethod.Get].Parameters!;
        Assert.False(parameters[0].Required);
        Assert.Equal("100", parameters[0].Schema!.Maximum);
        Assert.True(parameters[1].Required);
        Assert.Equal(
            [
                ("MG0013", 8, 10, "'required' is the text \"optional\", where true or false belongs; it is read as false"),
                ("MG0013", 11, 12, "'maximum' is the text \"100\", where a number belongs; it is read as 100"),
                ("MG0013", 14, 10, "'required' is the text \"yes\", where true or false belongs; it is read as true"),
            ],
            diagnostics.Select(d => (d.Id, d.Location!.Line, d.Location.Column, d.Message)));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverityLevel.Warning, d.Severity));
    }

    [Fact]
    public void Required_true_on_a_property_makes_it_required_in_its_object()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("spec.json", """
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"Pet": {"type": "object", "required": ["id"], "properties": {
               "id": {"type": "integer"},
               "name": {"type": "string", "required": true},
               "tag": {"type": "string", "required": "false"}}}}}}
            """);

        IOpenApiSchema pet = document.Components!.Schemas!["Pet"];
        Assert.Equal(["id", "name"], pet.Required!);
        Assert.Equal(
            [
                "'required' is true, where a list of property names belongs; 'name' is read as a required property of its object",
                "'required' is the text \"false\", where a list of property names belongs; it is ignored, as if it were not there",
            ],
            diagnostics.Select(d => d.Message));
        Assert.Equal([3, 4], diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Values_that_mean_nothing_for_their_keyword_are_dropped_and_a_single_required_name_becomes_a_list()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("spec.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: name
                  properties:
                    name: {type: string, maxLength: lots, minLength: 1.0}
                    age: {type: integer, nullable: maybe}
            """);

        IOpenApiSchema pet = document.Components!.Schemas!["Pet"];
        Assert.Equal(["name"], pet.Required!);
        Assert.Null(pet.Properties!["name"].MaxLength);
        Assert.Equal(1, pet.Properties["name"].MinLength);
        Assert.Equal(
            [
                "'required' is the text \"name\", where a list of property names belongs; it is read as the list [\"name\"]",
                "'maxLength' is the text \"lots\", where a whole number belongs; it is ignored, as if it were not there",
                "'minLength' is 1.0, where a whole number belongs; it is read as 1",
                "'nullable' is the text \"maybe\", where true or false belongs; it is ignored, as if it were not there",
            ],
            diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Examples_extensions_scopes_and_property_names_are_data_and_stay_as_they_are()
    {
        (OpenApiDocument document, List<SpecDiagnostic> diagnostics) = Read("spec.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  x-required: whenever
                  parameters:
                    - {name: q, in: query, required: true, example: {required: maybe}, schema: {type: string, default: 'no'}}
                  responses:
                    '200':
                      description: ok
                      content: {application/json: {schema: {$ref: '#/components/schemas/Flags'}}}
                      links:
                        next: {operationId: list, parameters: {required: $response.body#/next}}
            components:
              schemas:
                Flags:
                  type: object
                  properties:
                    required: {type: boolean}
                    deprecated: {type: string}
              securitySchemes:
                oauth:
                  type: oauth2
                  flows:
                    implicit: {authorizationUrl: 'https://example.com', scopes: {required: Every call needs it}}
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["required", "deprecated"], document.Components!.Schemas!["Flags"].Properties!.Keys);
    }

    [Fact]
    public void The_schemas_of_stream_items_and_of_encoded_content_are_schemas()
    {
        // OpenAPI 3.2's itemSchema (TypeSpec's server-sent events) and JSON Schema's contentSchema: their
        // required lists are lists of members, not a parameter's flag.
        (_, List<SpecDiagnostic> diagnostics) = Read("spec.yaml", """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /events:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        text/event-stream:
                          itemSchema:
                            type: object
                            required: [event]
                            properties:
                              event: {type: string}
                              data: {type: string, contentMediaType: application/json, contentSchema: {type: object, required: [id]}}
            """);

        Assert.Empty(diagnostics);
    }
}

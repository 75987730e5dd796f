using System.Text.Json.Nodes;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Core.Tests;

/// <summary>How files a spec refers to are folded into it (the generator-level tests use Fixtures/multifile).</summary>
public sealed class ReferenceBundlerTests
{
    private const string Main = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /a:
            get:
              responses:
                default:
                  $ref: 'shared/errors.yaml#/components/responses/Problem'
        components:
          schemas:
            Error:
              type: object
        """;

    private const string Errors = """
        components:
          responses:
            Problem:
              description: Failed.
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
          schemas:
            Error:
              type: object
              properties:
                status: {type: integer}
        """;

    [Fact]
    public void A_response_is_copied_and_its_schema_becomes_a_component_under_a_free_name()
    {
        JsonObject root = Bundle(Main, ("/spec/shared/errors.yaml", Errors), out List<SpecDiagnostic> diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Failed.", (string?)root["paths"]!["/a"]!["get"]!["responses"]!["default"]!["description"]);
        Assert.Equal("#/components/schemas/errors_Error", (string?)root["paths"]!["/a"]!["get"]!["responses"]!["default"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.NotNull(root["components"]!["schemas"]!["errors_Error"]!["properties"]!["status"]);
        Assert.Null(root["components"]!["schemas"]!["Error"]!["properties"]);
    }

    [Fact]
    public void Swagger2_schemas_are_folded_into_definitions_and_a_whole_file_is_named_after_it()
    {
        const string main = """
            swagger: '2.0'
            info: {title: T, version: '1'}
            paths: {}
            definitions:
              Order:
                type: object
                properties:
                  address:
                    $ref: 'types/street-address.json'
            """;
        JsonObject root = Bundle(main, ("/spec/types/street-address.json", "{\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": \"street-address.json\"}}}"), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("#/definitions/street-address", (string?)root["definitions"]!["Order"]!["properties"]!["address"]!["$ref"]);
        Assert.Equal("#/definitions/street-address", (string?)root["definitions"]!["street-address"]!["properties"]!["next"]!["$ref"]);
    }

    [Fact]
    public void Discriminator_mappings_that_name_files_point_at_the_folded_components()
    {
        const string main = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: 'pets.yaml#/Cat'
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: 'pets.yaml#/Cat'
                      dog: Dog
            """;
        JsonObject root = Bundle(main, ("/spec/pets.yaml", "Cat: {type: object}"), out var diagnostics);

        Assert.Empty(diagnostics);
        JsonNode pet = root["components"]!["schemas"]!["Pet"]!;
        Assert.Equal("#/components/schemas/Cat", (string?)pet["oneOf"]![0]!["$ref"]);
        Assert.Equal("#/components/schemas/Cat", (string?)pet["discriminator"]!["mapping"]!["cat"]);
        Assert.Equal("Dog", (string?)pet["discriminator"]!["mapping"]!["dog"]);
    }

    [Theory]
    [InlineData("https://example.test/schemas.yaml#/Pet", "MG0012")]
    [InlineData("missing.yaml#/Pet", "MG0012")]
    [InlineData("pets.yaml#/Dog", "MG0004")]
    public void An_unavailable_target_is_reported_at_the_reference_and_becomes_free_form(string reference, string id)
    {
        string main = $$"""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            components:
              schemas:
                Owner:
                  properties:
                    pet:
                      description: The pet.
                      $ref: '{{reference}}'
            """;
        JsonObject root = Bundle(main, ("/spec/pets.yaml", "Cat: {type: object}"), out var diagnostics);

        SpecDiagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal((id, "/spec/main.yaml", 8), (diagnostic.Id, diagnostic.Location!.FilePath, diagnostic.Location.Line));
        Assert.Equal("""{"description":"The pet."}""", root["components"]!["schemas"]!["Owner"]!["properties"]!["pet"]!.ToJsonString());
    }

    [Fact]
    public void A_part_that_contains_itself_is_reported_instead_of_copied_forever()
    {
        const string main = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                $ref: 'loop.yaml#/A'
            """;
        Bundle(main, ("/spec/loop.yaml", "A: {get: {$ref: '#/A'}}"), out var diagnostics);

        Assert.Equal("MG0005", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("a: {$ref: '#/x'}")]
    [InlineData("{\"$ref\": \"#/components/schemas/A\"}")]
    [InlineData("description: see $ref docs")]
    public void Internal_references_are_not_files(string text) => Assert.Empty(ExternalReferences.FilesReferenced(text));

    [Theory]
    [InlineData("a: {$ref: 'common.yaml#/x'}", "common.yaml")]
    [InlineData("a:\n  $ref: models/pet.yaml\n", "models/pet.yaml")]
    [InlineData("{\"$ref\" : \"../x.json#/a\"}", "../x.json")]
    [InlineData("a: {\"$ref\": \"my%20file.yaml\"}", "my%20file.yaml")]
    public void External_references_are_found_in_the_text(string text, string file) => Assert.Equal(file, Assert.Single(ExternalReferences.FilesReferenced(text)));

    [Theory]
    [InlineData("/spec/main.yaml", "common.yaml", "/spec/common.yaml")]
    [InlineData("/spec/paths/a.yaml", "../models/./pet.yaml", "/spec/models/pet.yaml")]
    [InlineData(@"C:\\api\\main.yaml", "my%20file.yaml", "C:/api/my file.yaml")]
    [InlineData("/spec/main.yaml", "/other/x.yaml", "/other/x.yaml")]
    [InlineData("/spec/main.yaml", "https://example.test/x.yaml", null)]
    public void Relative_paths_resolve_against_the_referring_file(string referrer, string reference, string? expected) =>
        Assert.Equal(expected, SpecPath.Resolve(referrer, reference));

    [Fact]
    public void Attach_follows_references_through_referenced_files_once()
    {
        var files = new Dictionary<string, string>
        {
            ["/spec/a.yaml"] = "x: {$ref: 'b.yaml#/y'}",
            ["/spec/b.yaml"] = "y: {$ref: 'a.yaml#/x'}\nz: {$ref: 'sub/c.yaml'}",
            ["/spec/sub/c.yaml"] = "type: string",
            ["/spec/unrelated.yaml"] = "type: string",
        };
        var reads = new List<string>();
        SpecInput input = ExternalReferences.Attach(new SpecInput("/spec/main.yaml", "p: {$ref: 'a.yaml'}"), path =>
        {
            reads.Add(path);
            return files.TryGetValue(path, out string? text) ? text : null;
        });

        Assert.Equal(["/spec/a.yaml", "/spec/b.yaml", "/spec/sub/c.yaml"], input.ReferencedDocuments.Select(document => document.Path));
        Assert.Equal(3, reads.Count);
    }

    private static JsonObject Bundle(string main, (string Path, string Text) referenced, out List<SpecDiagnostic> diagnostics)
    {
        diagnostics = [];
        var input = new SpecInput("/spec/main.yaml", main, ReferencedDocuments: new[] { new SpecDocument(referenced.Path, referenced.Text) }.ToEquatableArray());
        var root = (JsonObject)SpecNodes.Parse(input.Path, input.Text, diagnostics)!;
        ReferenceBundler.Bundle(input, root, diagnostics);
        return root;
    }
}

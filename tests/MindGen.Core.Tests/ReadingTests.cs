using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Core.Tests;

public sealed class ReadingTests
{
    private const string Yaml = """
        openapi: 3.0.0
        info:
          title: T
        paths:
          /pets/{id}:
            get:
              responses:
                '200':
                  description: ok
        """;

    [Theory]
    [InlineData("#/paths/~1pets~1{id}/get/responses/200", 7, 8)]
    [InlineData("#/paths/~1pets~1%7Bid%7D/get", 5, 4)]
    [InlineData("#/info/title", 2, 2)]
    [InlineData("#/paths/~1pets~1{id}/post", 4, 2)]
    [InlineData(null, 0, 0)]
    public void Json_pointers_resolve_to_the_deepest_existing_node(string? pointer, int line, int column)
    {
        SourceLocation location = SpecLocator.Locate("spec.yaml", Yaml, pointer);
        Assert.Equal(("spec.yaml", line, column), (location.FilePath, location.Line, location.Column));
    }

    [Fact]
    public void Json_documents_are_located_too()
    {
        const string json = "{\n  \"openapi\": \"3.1.0\",\n  \"servers\": [\n    {\"url\": \"x\"},\n    {\"url\": \"y\"}\n  ]\n}";
        SourceLocation location = SpecLocator.Locate("spec.json", json, "#/servers/1/url");
        Assert.Equal((4, 5), (location.Line, location.Column));
    }

    [Fact]
    public void A_document_missing_required_fields_still_reads_with_a_located_warning()
    {
        var diagnostics = new List<SpecDiagnostic>();
        var document = OpenApiDocumentReader.Read(new SpecInput("spec.yaml", "openapi: 3.0.0\ninfo:\n  version: '1'\npaths: {}\n"), diagnostics);
        Assert.NotNull(document);
        SpecDiagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("MG0003", DiagnosticSeverityLevel.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("'title'", diagnostic.Message);
        Assert.Equal(1, diagnostic.Location!.Line);
    }

    [Fact]
    public void A_field_the_reader_does_not_know_is_located_at_the_field_itself()
    {
        var diagnostics = new List<SpecDiagnostic>();
        const string spec = """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a/{id}:
                parameters:
                  - { name: id, in: path, required: true, schema: { type: string } }
                  - { name: q, in: query, schema: { type: string }, bogus: 1 }
                get:
                  bogus2: 1
                  responses: { '200': { description: ok } }
            """;

        OpenApiDocumentReader.Read(new SpecInput("spec.yaml", spec), diagnostics);

        // Zero-based: the second parameter's bogus, and the operation's bogus2.
        Assert.Equal([("bogus is not a valid property at #/paths/~1a~1{id}/parameters", 6, 56), ("bogus2 is not a valid property at #/paths/~1a~1{id}/get", 8, 6)],
            diagnostics.Select(diagnostic => (diagnostic.Message, diagnostic.Location!.Line, diagnostic.Location.Column)));
    }

    [Fact]
    public void OpenAPI_2_fields_the_reader_does_not_know_are_no_fault_of_the_document()
    {
        // Kubernetes' document has schemes on every operation and uniqueItems on every parameter.
        var diagnostics = new List<SpecDiagnostic>();
        const string spec = """
            swagger: '2.0'
            info: { title: T, version: '1' }
            parameters:
              shared: { name: s, in: query, type: integer, multipleOf: 2, exclusiveMinimum: true, minimum: 0 }
            paths:
              /a:
                parameters:
                  - { name: q, in: query, type: array, uniqueItems: true, maxItems: 3, minItems: 1, items: { type: string, collectionFormat: csv } }
                get:
                  schemes: [https]
                  bogus: 1
                  responses: { '200': { description: ok } }
            """;

        OpenApiDocumentReader.Read(new SpecInput("spec.yaml", spec), diagnostics);

        Assert.Equal("bogus is not a valid property at #/paths/~1a/get", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void The_bundled_spec_reads_cleanly()
    {
        var diagnostics = new List<SpecDiagnostic>();
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "enneo-mind-worklog.yaml");
        Assert.NotNull(OpenApiDocumentReader.Read(new SpecInput(path, File.ReadAllText(path)), diagnostics));
        Assert.Empty(diagnostics);
    }

    // The OpenAPI reader takes an empty string for a missing field, and every TypeSpec document's {endpoint} has one.
    [Theory]
    [InlineData("{default: '', description: Your service.}", 0)]
    [InlineData("{description: Your service.}", 1)]
    public void An_empty_server_variable_default_is_a_default_but_a_missing_one_is_reported(string endpoint, int reported)
    {
        var diagnostics = new List<SpecDiagnostic>();
        OpenApiDocumentReader.Read(new SpecInput("spec.yaml", $$"""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            servers:
              - url: '{endpoint}/v1'
                variables:
                  endpoint: {{endpoint}}
            paths: {}
            """), diagnostics);

        Assert.Equal(reported, diagnostics.Count(diagnostic => diagnostic.Id == DiagnosticCatalog.InvalidDocument.Id));
        Assert.Equal(reported, diagnostics.Count);
    }
}

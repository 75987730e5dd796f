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

using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>JSON Schema keywords without a C# counterpart are reported (MG0011), never silently dropped.</summary>
public sealed class KeywordTests
{
    [Theory]
    [InlineData("patternProperties: { '^x-': { type: string } }", "patternProperties")]
    [InlineData("not: { type: string }", "not")]
    public void Unreflected_keywords_are_warned_about_at_their_line(string keyword, string name)
    {
        string spec = $$"""
            openapi: 3.1.0
            info: { title: K, version: '1' }
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties: { a: { type: string } }
                  {{keyword}}
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("k.yaml", spec, "K")]);

        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("MG0011", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith($"'{name}' at '#/components/schemas/Thing'", diagnostic.GetMessage());
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void Typed_additionalProperties_on_a_derived_class_is_reported_because_it_shares_its_base_bag()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: K, version: '1' }
            paths: {}
            components:
              schemas:
                Base:
                  type: object
                  properties: { a: { type: string } }
                Derived:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      properties: { b: { type: string } }
                  additionalProperties: { type: integer }
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("k.yaml", spec, "K")]);

        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("MG0011", diagnostic.Id);
        Assert.StartsWith("'additionalProperties' at '#/components/schemas/Derived'", diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationProblems);
    }
}

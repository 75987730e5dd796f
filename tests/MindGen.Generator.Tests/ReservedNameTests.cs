using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// Schemas named like the generated plumbing (the JSON context's members and helpers, the runtime types)
/// still compile: the generator renames its side, never the wire.
/// </summary>
public sealed class ReservedNameTests
{
    [Fact]
    public void Schemas_named_like_generated_members_compile()
    {
        string[] names =
        [
            "Options", "Default", "GetTypeInfo", "Create", "FailureReason", "Failure", "Mismatch", "AddPath", "ParseDuration",
            "StringCache", "ReadDate", "UnescapedName", "ApiException", "ApiResponse", "FileParameter", "KClient", "KClientOptions", "KJsonContext",
        ];
        string schemas = string.Concat(names.Select(name => $"\n    {name}:\n      type: object\n      properties:\n        day: {{ type: string, format: date }}\n        label: {{ type: string }}"));
        string spec = $$"""
            openapi: 3.0.3
            info: { title: K, version: '1' }
            paths:
              /things:
                get:
                  operationId: getThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items: { $ref: '#/components/schemas/FailureReason' }
            components:
              schemas:{{schemas}}
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("k.yaml", spec, "K", "KClient")]);

        Assert.Null(outcome.GeneratorException);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void Server_variables_named_like_the_options_own_members_move_aside()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: K, version: '1' }
            servers:
              - url: '{baseAddress}/{jsonContext}/{bearerToken}/{toString}'
                variables:
                  baseAddress: { default: 'https://k.test' }
                  jsonContext: { default: a }
                  bearerToken: { default: b }
                  toString: { default: c }
            components:
              securitySchemes:
                bearer: { type: http, scheme: bearer }
            security:
              - bearer: []
            paths:
              /things:
                get:
                  operationId: getThings
                  responses:
                    '204': { description: none }
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("k.yaml", spec, "K", "KClient")]);

        Assert.Null(outcome.GeneratorException);
        Assert.Empty(outcome.CompilationProblems);
        string options = outcome.Sources.Single(source => source.HintName == "K.KClientOptions.g.cs").SourceText.ToString();
        Assert.Contains("public string? BaseAddress2 { get; set; }", options);
        Assert.Contains("public string? JsonContext2 { get; set; }", options);
        Assert.Contains("public string? BearerToken2 { get; set; }", options);
        Assert.Contains("public string? ToString2 { get; set; }", options);
    }
}

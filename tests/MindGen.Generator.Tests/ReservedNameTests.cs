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
}

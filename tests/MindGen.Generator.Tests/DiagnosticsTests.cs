using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>Broken input yields a located diagnostic with an id, never a generator crash (CS8785).</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Invalid_yaml_is_MG0001_at_its_line()
    {
        Diagnostic diagnostic = Assert.Single(Run("openapi: 3.0.0\ninfo:\n  title: x\n   bad: [\n"));
        Assert.Equal("MG0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("spec.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("cannot be read as YAML or JSON", diagnostic.GetMessage());
    }

    [Fact]
    public void Truncated_json_is_MG0001()
    {
        Diagnostic diagnostic = Assert.Single(Run("{\"openapi\": \"3.1.0\", \"info\": {", "spec.json"));
        Assert.Equal("MG0001", diagnostic.Id);
    }

    [Fact]
    public void An_empty_file_is_MG0001() => Assert.Equal("MG0001", Assert.Single(Run("  \n")).Id);

    [Fact]
    public void A_document_that_is_not_openapi_is_MG0002()
    {
        Diagnostic diagnostic = Assert.Single(Run("hello: world\n"));
        Assert.Equal("MG0002", diagnostic.Id);
        Assert.Contains("no 'openapi' (3.x) or 'swagger' (2.0) version field", diagnostic.GetMessage());
    }

    [Fact]
    public void An_unresolvable_reference_is_MG0004_at_the_reference()
    {
        const string spec = """
            openapi: 3.0.0
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("spec.yaml", spec, "T")]);
        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("MG0004", diagnostic.Id);
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_MG0013_at_its_line_and_the_client_is_still_generated()
    {
        const string spec = """
            openapi: 3.0.0
            info: { title: T, version: '1' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - name: limit
                      in: query
                      required: optional
                      schema: { type: integer }
                  responses:
                    '204': { description: none }
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("spec.yaml", spec, "T")]);
        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("MG0013", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("'required' is the text \"optional\", where true or false belongs; it is read as false", diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationProblems);
        string client = outcome.Sources.Single(source => source.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal) && !source.HintName.StartsWith("T.I", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("ListPetsAsync(long? limit = default", client);
    }

    [Fact]
    public void An_invalid_namespace_option_is_MG0008()
    {
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("spec.yaml", File.ReadAllText(SpecFile.Bundled().Path), "Not A.Namespace")]);
        Assert.Equal("MG0008", Assert.Single(outcome.GeneratorDiagnostics).Id);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void Two_specs_in_one_namespace_are_MG0010_and_the_first_still_generates()
    {
        SpecFile first = SpecFile.Bundled();
        var second = new SpecFile("zz-copy.yaml", first.GetText().ToString(), "Enneo.Mind", "OtherClient");
        GenerationOutcome outcome = GeneratorHarness.Run([first, second]);
        Assert.Null(outcome.GeneratorException);
        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("MG0010", diagnostic.Id);
        Assert.Equal("zz-copy.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(outcome.Sources, source => source.HintName == "Enneo.Mind.EnneoMindClient.g.cs");
    }

    [Fact]
    public void Specs_that_are_not_marked_are_ignored()
    {
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("other.yaml", "not: a spec", isSpec: false)]);
        Assert.Empty(outcome.Sources);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    /// <summary>
    /// Truncations at every 97th character, single-character mutations and random bytes: each run must end
    /// in sources or diagnostics, never in an exception, and what is generated must compile.
    /// </summary>
    [Fact]
    public void Damaged_documents_never_crash_the_generator()
    {
        string text = SpecFile.Bundled().GetText().ToString();
        var random = new Random(20261129);
        var inputs = new List<string>();
        for (int length = 0; length < text.Length; length += 97)
        {
            inputs.Add(text[..length]);
        }

        const string noise = "{}[]:-'\"#&*!|>%@`\t\n ,?";
        for (int i = 0; i < 150; i++)
        {
            char[] mutated = text.ToCharArray();
            for (int j = 0; j < 1 + random.Next(4); j++)
            {
                mutated[random.Next(mutated.Length)] = noise[random.Next(noise.Length)];
            }

            inputs.Add(new string(mutated));
        }

        for (int i = 0; i < 30; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            inputs.Add(System.Text.Encoding.Latin1.GetString(bytes));
        }

        var compileFailures = new List<string>();
        foreach (string input in inputs)
        {
            GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("spec.yaml", input, "Fuzz")]);
            Assert.Null(outcome.GeneratorException);
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "MG0009");
            Assert.True(outcome.Sources.Count > 0 || outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "neither code nor an error for:\n" + input);
            if (outcome.Sources.Count > 0 && outcome.CompilationProblems.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                compileFailures.Add(error + "\n" + input);
            }
        }

        Assert.True(compileFailures.Count == 0, string.Join("\n---\n", compileFailures.Take(3).Select(failure => failure[..Math.Min(failure.Length, 600)])));
    }

    private static IReadOnlyList<Diagnostic> Run(string text, string path = "spec.yaml")
    {
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile(path, text, "T")]);
        Assert.Null(outcome.GeneratorException);
        Assert.Empty(outcome.Sources);
        return outcome.GeneratorDiagnostics;
    }
}

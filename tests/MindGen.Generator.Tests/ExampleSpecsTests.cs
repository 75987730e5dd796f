using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MindGen.Generator.Tests;

/// <summary>
/// Generates and compiles every public example spec (Swagger 2.0, OpenAPI 3.0 and 3.1) with warnings as
/// errors. Each must end in code that compiles, or in a diagnostic that says what is unsupported; none may
/// crash the generator.
/// </summary>
[Trait("Category", "ExampleSpecs")]
public sealed class ExampleSpecsTests(ITestOutputHelper output)
{
    [ExampleSpecsFact]
    public void Every_example_spec_compiles_or_says_why_not()
    {
        string root = Environment.GetEnvironmentVariable(ExampleSpecsFactAttribute.Variable)!;
        string[] specs = File.ReadAllLines(Path.Combine(root, "specs.txt")).Where(line => line.Length > 0).ToArray();
        var crashes = new List<string>();
        var broken = new List<string>();
        int compiled = 0;
        var explained = new List<string>();
        foreach (string relative in specs)
        {
            string path = Path.Combine(root, relative);
            string ns = "Example" + Math.Abs(StringComparer.Ordinal.GetHashCode(relative)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile(path, File.ReadAllText(path), ns)]);
            if (outcome.GeneratorException is { } exception || outcome.GeneratorDiagnostics.Any(d => d.Id == "MG0009"))
            {
                crashes.Add($"{relative}: {outcome.GeneratorException?.Message ?? outcome.GeneratorDiagnostics.First(d => d.Id == "MG0009").GetMessage()}");
            }
            else if (outcome.Sources.Count == 0)
            {
                explained.Add($"{relative}: {string.Join("; ", outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + d.GetMessage()))}");
            }
            else if (outcome.CompilationProblems.Count > 0)
            {
                broken.Add($"{relative}: {outcome.CompilationProblems.Count} problems, first: {outcome.CompilationProblems[0]}");
            }
            else
            {
                compiled++;
            }

            foreach (Diagnostic warning in outcome.GeneratorDiagnostics.Where(d => d.Id == "MG0005"))
            {
                output.WriteLine($"  unsupported in {relative}: {warning.GetMessage()}");
            }
        }

        output.WriteLine($"{specs.Length} specs: {compiled} compiled warning-free, {explained.Count} explained by an error diagnostic, {broken.Count} did not compile, {crashes.Count} crashed");
        explained.ForEach(line => output.WriteLine("explained: " + line));
        broken.ForEach(line => output.WriteLine("broken: " + line));
        Assert.Empty(crashes);
        Assert.Empty(broken);
    }

    /// <summary>GitHub's REST description (npm <c>@octokit/openapi</c>, about 13 MB): generates and compiles.</summary>
    [ExampleSpecsFact]
    public void GitHubs_rest_api_generates_and_compiles()
    {
        string root = Environment.GetEnvironmentVariable(ExampleSpecsFactAttribute.Variable)!;
        string path = Path.Combine(root, "octokit-openapi", "generated", "api.github.com.json");
        Assert.True(File.Exists(path), $"{path} is missing: see README for the download command");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile(path, File.ReadAllText(path), "GitHub", "GitHubClient")]);
        TimeSpan generation = watch.Elapsed;
        IReadOnlyList<Diagnostic> problems = outcome.CompilationProblems;
        output.WriteLine($"generated {outcome.Sources.Count} files, {outcome.Sources.Sum(s => (long)s.SourceText.Length) / 1024} KiB in {generation.TotalSeconds:0.0} s (first run, cold); compiled in {(watch.Elapsed - generation).TotalSeconds:0.0} s");
        output.WriteLine(string.Join("\n", outcome.GeneratorDiagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}: {g.Count()}")));

        Assert.Null(outcome.GeneratorException);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        // Its lists page by their Link header (#15): every issue of a repository, a page at a time.
        Diagnostic paging = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "MG0017" && d.GetMessage().StartsWith("'issues/list-for-repo'", StringComparison.Ordinal));
        Assert.Contains("(a Link header): IssuesListForRepoAllAsync yields every item", paging.GetMessage());

        // The Link header it declares is typed on the response, in one class all 209 lists share (#15).
        IMethodSymbol withResponse = (IMethodSymbol)outcome.Output.GetTypeByMetadataName("GitHub.GitHubClientOperations")!.GetMembers("IssuesListForRepoWithResponseAsync").Single();
        Assert.Equal("System.Threading.Tasks.Task<GitHub.ApiResponse<System.Collections.Generic.IReadOnlyList<GitHub.Issue>, GitHub.LinkHeaders>>", withResponse.ReturnType.ToDisplayString());
        Assert.Single(outcome.Sources, source => source.HintName.EndsWith("Headers.g.cs", StringComparison.Ordinal) && source.SourceText.ToString().Contains("public string? Link => GetText(", StringComparison.Ordinal));
    }
}

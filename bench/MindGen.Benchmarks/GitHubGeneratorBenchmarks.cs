using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Benchmarks;

/// <summary>
/// A new driver over GitHub's REST description (<c>@octokit/openapi</c>, api.github.com.json, ~13 MB). The
/// spec is not in the repository: <c>MINDGEN_GITHUB_SPEC</c> names the downloaded file (README.md, "Repository", gives the download commands).
/// </summary>
[MemoryDiagnoser]
// The compiler (csc, VBCSCompiler) runs with server GC (its runtimeconfig.json), so the generator does too.
[GcServer(true)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GitHubGeneratorBenchmarks
{
    public const string Variable = "MINDGEN_GITHUB_SPEC";

    private CSharpCompilation _compilation = null!;
    private SpecFile _spec = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && File.Exists(value)
            ? value
            : throw new InvalidOperationException($"Set {Variable} to the path of api.github.com.json to run this benchmark.");
        _spec = new SpecFile(path, File.ReadAllText(path), "GitHub");
        _compilation = CSharpCompilation.Create("Consumer", [], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(Description = "GitHub REST spec, new driver (cold)")]
    public int ColdRun() =>
        CSharpGeneratorDriver.Create([new MindGenGenerator().AsSourceGenerator()], [_spec], CSharpParseOptions.Default, new SpecOptionsProvider([_spec]))
            .RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}

using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Benchmarks;

/// <summary>
/// The generator in-process through <see cref="CSharpGeneratorDriver"/>, as the compiler and the IDE run it:
/// a first run with a new driver (nothing cached), a re-run after an edit to a C# file (everything cached),
/// and a re-run after an edit to the spec (that spec regenerates).
/// </summary>
[MemoryDiagnoser]
// The compiler (csc, VBCSCompiler) runs with server GC (its runtimeconfig.json), so the generator does too.
[GcServer(true)]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private SpecFile _spec = null!;
    private SpecFile _editedSpec = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "enneo-mind-worklog.yaml");
        _spec = new SpecFile(path, File.ReadAllText(path), "Enneo.Mind");
        _editedSpec = _spec.WithText(_spec.GetText()!.ToString().Replace("Worklog ID", "Worklog identifier", StringComparison.Ordinal));
        SyntaxTree program = CSharpSyntaxTree.ParseText("class Program { static void Main() { } }");
        _compilation = CSharpCompilation.Create("Consumer", [program], Net100.References.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        _editedCompilation = _compilation.ReplaceSyntaxTree(program, CSharpSyntaxTree.ParseText("class Program { static void Main() { System.Console.WriteLine(); } }"));
        _warmDriver = NewDriver().RunGenerators(_compilation);
        if (_warmDriver.GetRunResult().GeneratedTrees.Length < 20)
        {
            throw new InvalidOperationException("The generator produced too little for the bundled spec: " + string.Join(", ", _warmDriver.GetRunResult().Diagnostics));
        }
    }

    [Benchmark(Description = "Bundled spec, new driver (cold)")]
    public GeneratorDriver ColdRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "Bundled spec, unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _warmDriver.RunGenerators(_editedCompilation);

    [Benchmark(Description = "Bundled spec, spec edit")]
    public GeneratorDriver SpecEdit() => _warmDriver.ReplaceAdditionalText(_spec, _editedSpec).RunGenerators(_compilation);

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new MindGenGenerator().AsSourceGenerator()], [_spec], CSharpParseOptions.Default, new SpecOptionsProvider([_spec]));
}

using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="MindGenGenerator"/> in memory over a compilation, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    /// <summary>Compiles <paramref name="compilation"/> and loads it into a collectible context of its own, to run or inspect the generated code.</summary>
    public static System.Reflection.Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    // Documentation diagnostics on: malformed XML from a spec, or an undocumented public member, is a warning.
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp12)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>Every step the generator names, read from <see cref="TrackingNames"/>, so that a new step is checked too.</summary>
    public static readonly IReadOnlyList<string> TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    /// <summary>The project property that asks for fakes, as the package's props make it visible to the generator.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithFakes = new Dictionary<string, string> { ["build_property.MindGenFake"] = "true" };

    public static GeneratorDriver CreateDriver(params SpecFile[] specs) => CreateDriver(specs, properties: null);

    public static GeneratorDriver CreateDriver(SpecFile[] specs, IReadOnlyDictionary<string, string>? properties) =>
        CSharpGeneratorDriver.Create(
            [new MindGenGenerator().AsSourceGenerator()],
            specs,
            ParseOptions,
            new SpecOptionsProvider(specs, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Generates from <paramref name="specs"/> into a compilation of <paramref name="sources"/>, then runs the
    /// generator again over the same input and fails unless everything came from the cache: every scenario
    /// checks the caching contract.
    /// </summary>
    public static GenerationOutcome Run(SpecFile[] specs, params string[] sources) => Run(specs, properties: null, sources);

    /// <summary>The same, with project properties (<see cref="WithFakes"/>).</summary>
    public static GenerationOutcome Run(SpecFile[] specs, IReadOnlyDictionary<string, string>? properties, params string[] sources)
    {
        CSharpCompilation input = CreateCompilation(sources);
        GeneratorDriver driver = CreateDriver(specs, properties).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        AssertCachedOnSecondRun(result, driver.RunGenerators(input).GetRunResult());
        return new GenerationOutcome(result, output);
    }

    // A step with no input (no spec, or no model to emit) does not run at all; every step that ran must
    // come from the cache the second time.
    private static void AssertCachedOnSecondRun(GeneratorDriverRunResult first, GeneratorDriverRunResult second)
    {
        if (first.Results.Single().Exception is not null)
        {
            // A crash is the outcome's to report (GeneratorException), so that a sample of specs goes on.
            return;
        }

        GeneratorRunResult run = second.Results.Single();
        Assert.Null(run.Exception);
        foreach (string step in TrackedSteps.Where(first.Results.Single().TrackedSteps.ContainsKey))
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), $"the step {step} did not run again");
            foreach (IncrementalGeneratorRunStep stepRun in run.TrackedSteps[step])
            {
                Assert.All(stepRun.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step} was {output.Reason} on a second run over the same input"));
            }
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GenerationOutcome(GeneratorDriverRunResult Result, Compilation Output)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.SelectMany(result => result.GeneratedSources).ToList();

    /// <summary>Warnings and errors of the compilation with the generated code in it.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public Exception? GeneratorException => Result.Results.Select(result => result.Exception).FirstOrDefault(exception => exception is not null);

    /// <summary>Compiles the output and loads it into a collectible context of its own, to run the generated code.</summary>
    public System.Reflection.Assembly Load() => GeneratorHarness.Load(Output);
}

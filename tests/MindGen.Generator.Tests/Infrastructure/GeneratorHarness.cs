using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="MindGenGenerator"/> in memory over a compilation, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    // Documentation diagnostics on: malformed XML from a spec, or an undocumented public member, is a warning.
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp12)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver CreateDriver(params SpecFile[] specs) =>
        CSharpGeneratorDriver.Create(
            [new MindGenGenerator().AsSourceGenerator()],
            specs,
            ParseOptions,
            new SpecOptionsProvider(specs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Generates from <paramref name="specs"/> into a compilation of <paramref name="sources"/>.</summary>
    public static GenerationOutcome Run(SpecFile[] specs, params string[] sources)
    {
        CSharpCompilation input = CreateCompilation(sources);
        GeneratorDriver driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> _);
        return new GenerationOutcome(driver.GetRunResult(), output);
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
}

using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Cli.Tests;

/// <summary><c>mindgen generate</c> writes exactly what the source generator adds to a build.</summary>
public sealed class GenerateTests
{
    [Theory]
    [InlineData("enneo-mind-worklog.yaml", "Enneo.Mind", "EnneoMindClient")]
    [InlineData("diff-base.yaml", null, null)]
    [InlineData("split/inventory.yaml", "Inventory.Api", null)]
    public void Writes_the_generators_files_byte_for_byte(string spec, string? ns, string? clientName)
    {
        using var folder = new TempFolder();
        string output = folder.Path;
        var args = new List<string> { "generate", CommandLine.Spec(spec), "-o", output };
        if (ns is not null)
        {
            args.AddRange(["--namespace", ns]);
        }

        if (clientName is not null)
        {
            args.AddRange(["--client-name", clientName]);
        }

        (int exitCode, string stdout, _) = CommandLine.Run([.. args]);
        Assert.Equal(0, exitCode);

        Dictionary<string, string> expected = RunGenerator(spec, ns, clientName);
        Assert.Contains($"{expected.Count} files written", stdout);
        Assert.Equal(expected.Keys.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order()!);
        foreach ((string hintName, string text) in expected)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(output, hintName)));
        }
    }

    [Fact]
    public void Dependency_injection_is_opt_in()
    {
        using var folder = new TempFolder();
        string output = folder.Path;
        Assert.Equal(0, CommandLine.Run("generate", CommandLine.Spec("enneo-mind-worklog.yaml"), "-o", output, "--dependency-injection").ExitCode);
        Assert.Contains(Directory.GetFiles(output), file => file.EndsWith("ServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
    }

    // The generator as the compiler runs it, with the spec and every other file of its folder as AdditionalFiles.
    private static Dictionary<string, string> RunGenerator(string spec, string? ns, string? clientName)
    {
        string specPath = Path.GetFullPath(CommandLine.Spec(spec));
        SpecFile[] files = Directory.GetFiles(Path.GetDirectoryName(specPath)!, "*.yaml", SearchOption.AllDirectories)
            .Select(path => new SpecFile(path, File.ReadAllText(path), ns, clientName, isSpec: path == specPath))
            .ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new MindGenGenerator().AsSourceGenerator()], files, CSharpParseOptions.Default, new SpecOptionsProvider(files))
            .RunGenerators(CSharpCompilation.Create("Consumer", [], Net100.References.All));
        return driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
    }
}

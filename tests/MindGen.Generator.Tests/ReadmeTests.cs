using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>The "Using the client" snippets of README.md compile against the generated Enneo client.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_readme_snippet_compiles()
    {
        string[] snippets = Snippets();
        Assert.True(snippets.Length >= 3, "README lost its snippets");

        // The snippets run inside a method that has what they refer to: services, a token source, a provider;
        // the usings are those of a project with ImplicitUsings.
        string program = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Enneo.Mind;
            using Microsoft.Extensions.DependencyInjection;

            internal interface ITokenSource { Task<string> GetAsync(CancellationToken cancellationToken); }

            internal static class Snippets
            {
                public static async Task RunAsync(IServiceCollection services, ITokenSource tokens, IServiceProvider provider, CancellationToken cancellationToken)
                {
                    {{string.Join("\n", snippets)}}
                }
            }
            """;
        var aspNet = Path.GetDirectoryName(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location)!;
        MetadataReference[] references = Net100.References.All
            .Concat(new[] { "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Http", "Microsoft.Extensions.Options" }
                .Select(name => MetadataReference.CreateFromFile(Path.Combine(aspNet, name + ".dll"))))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ReadmeSnippets",
            [CSharpSyntaxTree.ParseText(program, GeneratorHarness.ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorHarness.CreateDriver(SpecFile.Bundled()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith("EnneoMindClientServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_testing_example_is_a_test_that_runs()
    {
        // README shows the file's marked part under its one using; the integration tests compile and run it, with the fake.
        string file = File.ReadAllText(Path.Combine(Repository(), "tests", "MindGen.IntegrationTests", "ReadmeFakeExampleTests.cs")).Replace("\r\n", "\n");
        Match marked = Regex.Match(file, @"// readme-example:begin\n(?<code>.*?)// readme-example:end", RegexOptions.Singleline);
        Match shown = Regex.Match(Readme(), @"<!-- readme-example:begin -->\s*```csharp\n(?<code>.*?)```\s*<!-- readme-example:end -->", RegexOptions.Singleline);

        Assert.True(marked.Success && shown.Success, "the example or its place in README is gone");
        Assert.Equal("using Enneo.Mind;\n\n" + marked.Groups["code"].Value, shown.Groups["code"].Value);
    }

    private static string[] Snippets() =>
        Regex.Matches(Readme(), @"<!-- readme-snippet:begin -->\s*```csharp\n(?<code>.*?)```\s*<!-- readme-snippet:end -->", RegexOptions.Singleline)
            .Select(match => match.Groups["code"].Value)
            .ToArray();

    private static string Readme() => File.ReadAllText(Path.Combine(Repository(), "README.md")).Replace("\r\n", "\n");

    private static string Repository([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "..", "..");
}

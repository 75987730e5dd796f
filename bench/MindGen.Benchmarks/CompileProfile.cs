using System.Diagnostics;
using System.Globalization;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace MindGen.Benchmarks;

/// <summary>
/// Where the compiler's time goes on generated code (<c>-- compile-phases DIR [REFERENCE...]</c>, DIR holding what
/// <c>mindgen generate</c> wrote, or another generator's output in folders, with the assemblies it needs as
/// REFERENCE files or folders): parsing, declarations, then binding each file's method bodies (nullable analysis
/// included), summed by the kind of file, then emitting the DLL and its reference assembly (which binds the bodies
/// again, lowers them and writes IL). One thread, so that the parts add up; a whole build (<c>dotnet build</c>) cannot split its time
/// like this, and `docs/performance.md` says what each part turned out to cost.
/// </summary>
internal static class CompileProfile
{
    public const string Command = "compile-phases";

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: compile-phases DIR [REFERENCE...] (a folder of generated .cs files; assemblies, or folders of them, it references besides .NET's)");
            return 2;
        }

        string root = Path.GetFullPath(args[1]);
        string[] files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories);
        IEnumerable<MetadataReference> references = Net100.References.All.Concat(args.Skip(2)
            .SelectMany(reference => Directory.Exists(reference) ? Directory.GetFiles(reference, "*.dll") : [reference])
            .Select(dll => MetadataReference.CreateFromFile(dll)));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var clock = Stopwatch.StartNew();
        List<SyntaxTree> trees = files.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, file)).ToList();
        Report("parse", clock, $"{files.Length} files");

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        CSharpCompilation compilation = CSharpCompilation.Create("Profiled", trees, references, options);
        clock.Restart();
        int declarationProblems = compilation.GetDeclarationDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Report("declarations", clock, $"{declarationProblems} errors");

        var byKind = new SortedDictionary<string, (double Milliseconds, long Characters)>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            clock.Restart();
            compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics();
            string kind = Kind(Path.GetRelativePath(root, tree.FilePath));
            (double ms, long chars) = byKind.TryGetValue(kind, out var sum) ? sum : default;
            byKind[kind] = (ms + clock.Elapsed.TotalMilliseconds, chars + tree.Length);
        }

        foreach ((string kind, (double ms, long chars)) in byKind)
        {
            Console.WriteLine($"bind {kind,-12} {ms / 1000,8:F1} s  {chars / 1e6,6:F2} M characters");
        }

        // With a reference assembly, as every SDK project builds (/refout): leaving it out hid a quadratic in its
        // writer that cost GitHub's output 14 s (docs/performance.md).
        clock.Restart();
        using var dll = new MemoryStream();
        using var referenceAssembly = new MemoryStream();
        bool emitted = compilation.Emit(dll, metadataPEStream: referenceAssembly, options: new EmitOptions(includePrivateMembers: false)).Success;
        Report("emit", clock, $"{(emitted ? "ok" : "failed")}, {dll.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, reference assembly {referenceAssembly.Length.ToString("N0", CultureInfo.InvariantCulture)}");
        return emitted ? 0 : 1;
    }

    // The kinds of file the generator writes, by their names; another generator's files by their first folder.
    private static string Kind(string file) => file switch
    {
        _ when Path.GetDirectoryName(file) is { Length: > 0 } folder => "in " + folder.Split(Path.DirectorySeparatorChar)[0],
        _ when file.Contains("JsonContext.Classes.", StringComparison.Ordinal) => "class JSON",
        _ when file.Contains("JsonContext.Helpers", StringComparison.Ordinal) => "helpers",
        _ when file.Contains("JsonContext.", StringComparison.Ordinal) => "context",
        _ when file.EndsWith("ClientRuntime.g.cs", StringComparison.Ordinal) || file.EndsWith("ClientOptions.g.cs", StringComparison.Ordinal) => "runtime",
        _ when file.EndsWith("Client.g.cs", StringComparison.Ordinal) => "client",
        _ => "types",
    };

    private static void Report(string phase, Stopwatch clock, string what) =>
        Console.WriteLine($"{phase,-17} {clock.Elapsed.TotalSeconds,8:F1} s  {what}");
}

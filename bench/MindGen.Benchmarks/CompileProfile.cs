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
        // --repeat N: the machine's speed drifts by a fifth from minute to minute (docs/performance.md), and the
        // least of N runs is what the code costs when nothing else takes the CPU.
        string? repeatText = args.SkipWhile(arg => arg != "--repeat").Skip(1).FirstOrDefault();
        int repeat = repeatText is null ? 1 : int.TryParse(repeatText, out int parsed) ? parsed : 0;
        string[] positional = args.TakeWhile(arg => arg != "--repeat").ToArray();
        if (positional.Length < 2 || !Directory.Exists(positional[1]) || repeat < 1)
        {
            Console.Error.WriteLine("usage: compile-phases DIR [REFERENCE...] [--repeat N] (a folder of generated .cs files; assemblies, or folders of them, it references besides .NET's; the least of N runs)");
            return 2;
        }

        string root = Path.GetFullPath(positional[1]);
        string[] files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories);
        MetadataReference[] references = Net100.References.All.Concat(positional.Skip(2)
            .SelectMany(reference => Directory.Exists(reference) ? Directory.GetFiles(reference, "*.dll") : [reference])
            .Select(dll => MetadataReference.CreateFromFile(dll))).ToArray();

        var least = new List<(string Phase, double Seconds, string What)>();
        bool emitted = false;
        for (int run = 0; run < repeat; run++)
        {
            List<(string Phase, double Seconds, string What)> phases = Profile(root, files, references, out emitted);
            least = run == 0 ? phases : least.Zip(phases, (best, now) => now.Seconds < best.Seconds ? now : best).ToList();
        }

        foreach ((string phase, double seconds, string what) in least)
        {
            Console.WriteLine($"{phase,-17} {seconds,8:F1} s  {what}");
        }

        return emitted ? 0 : 1;
    }

    private static List<(string Phase, double Seconds, string What)> Profile(string root, string[] files, MetadataReference[] references, out bool emitted)
    {
        var phases = new List<(string Phase, double Seconds, string What)>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var clock = Stopwatch.StartNew();
        List<SyntaxTree> trees = files.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, file)).ToList();
        phases.Add(("parse", clock.Elapsed.TotalSeconds, $"{files.Length} files"));

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        CSharpCompilation compilation = CSharpCompilation.Create("Profiled", trees, references, options);
        clock.Restart();
        int declarationProblems = compilation.GetDeclarationDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        phases.Add(("declarations", clock.Elapsed.TotalSeconds, $"{declarationProblems} errors"));

        var byKind = new SortedDictionary<string, (double Seconds, long Characters)>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            clock.Restart();
            compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics();
            string kind = Kind(Path.GetRelativePath(root, tree.FilePath));
            (double seconds, long chars) = byKind.TryGetValue(kind, out var sum) ? sum : default;
            byKind[kind] = (seconds + clock.Elapsed.TotalSeconds, chars + tree.Length);
        }

        foreach ((string kind, (double seconds, long chars)) in byKind)
        {
            phases.Add(($"bind {kind}", seconds, $"{chars / 1e6:F2} M characters"));
        }

        // With a reference assembly, as every SDK project builds (/refout): leaving it out hid a quadratic in its
        // writer that cost GitHub's output 14 s (docs/performance.md).
        clock.Restart();
        using var dll = new MemoryStream();
        using var referenceAssembly = new MemoryStream();
        emitted = compilation.Emit(dll, metadataPEStream: referenceAssembly, options: new EmitOptions(includePrivateMembers: false)).Success;
        phases.Add(("emit", clock.Elapsed.TotalSeconds, $"{(emitted ? "ok" : "failed")}, {dll.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, reference assembly {referenceAssembly.Length.ToString("N0", CultureInfo.InvariantCulture)}"));
        phases.Add(("total", phases.Sum(phase => phase.Seconds), string.Empty));
        return phases;
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
}

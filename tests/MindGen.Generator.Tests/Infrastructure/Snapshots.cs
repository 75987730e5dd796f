using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the approved copies in <c>Snapshots/&lt;scenario&gt;/</c>. Set
/// <c>MINDGEN_ACCEPT_SNAPSHOTS=1</c> to write the current output as the new approved copies (then review
/// the diff in git); otherwise a difference fails the test and leaves a <c>.received.cs</c> beside it.
/// </summary>
internal static class Snapshots
{
    public static void Verify(string scenario, IEnumerable<GeneratedSourceResult> sources, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(FindProjectDirectory(callerPath), "Snapshots", scenario);
        bool accept = Environment.GetEnvironmentVariable("MINDGEN_ACCEPT_SNAPSHOTS") == "1";
        Directory.CreateDirectory(directory);
        foreach (string received in Directory.GetFiles(directory, "*.received.cs"))
        {
            File.Delete(received);
        }

        var expectedFiles = Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).ToHashSet();
        var failures = new List<string>();
        foreach (GeneratedSourceResult source in sources)
        {
            string name = Path.GetFileNameWithoutExtension(source.HintName).Replace(".g", string.Empty) + ".verified.cs";
            expectedFiles.Remove(name);
            string path = Path.Combine(directory, name);
            string actual = Normalize(source.SourceText.ToString());
            string? expected = File.Exists(path) ? Normalize(File.ReadAllText(path)) : null;
            if (actual == expected)
            {
                continue;
            }

            if (accept)
            {
                File.WriteAllText(path, actual);
            }
            else
            {
                File.WriteAllText(Path.ChangeExtension(path, null).Replace(".verified", string.Empty) + ".received.cs", actual);
                failures.Add(expected is null ? $"new file {name}" : $"changed file {name}");
            }
        }

        foreach (string? stale in expectedFiles)
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, stale!));
            }
            else
            {
                failures.Add($"file no longer generated: {stale}");
            }
        }

        Assert.True(failures.Count == 0, $"Snapshots of '{scenario}' differ (MINDGEN_ACCEPT_SNAPSHOTS=1 accepts): {string.Join("; ", failures)}");
    }

    /// <summary>
    /// The files that depend on the spec's schemas only. The runtime and the fixed types (ApiException, ApiResponse, …) are the
    /// same for every spec but for names; the EnneoMind scenario keeps them, the others leave them out so
    /// that their snapshots show what their feature changes.
    /// </summary>
    public static IEnumerable<GeneratedSourceResult> WithoutSharedPlumbing(IEnumerable<GeneratedSourceResult> sources) =>
        sources.Where(source => !source.HintName.EndsWith("ClientRuntime.g.cs", StringComparison.Ordinal)
            && !MindGen.Naming.GeneratedNames.FixedTypes.Any(type => source.HintName.EndsWith("." + type + ".g.cs", StringComparison.Ordinal)));

    private static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n");

    private static string FindProjectDirectory(string callerPath)
    {
        string? directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "MindGen.Generator.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project from " + callerPath);
    }
}

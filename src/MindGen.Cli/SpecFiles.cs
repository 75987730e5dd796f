using System.Diagnostics;
using System.Globalization;
using MindGen.Reading;

namespace MindGen.Cli;

/// <summary>
/// Reads a spec from disk the way the build hands it to the generator: its text, its options, and the
/// texts of the files its relative <c>$ref</c>s reach (next to it on disk here, AdditionalFiles there).
/// </summary>
public static class SpecFiles
{
    // Above this size a spec takes seconds; say what is happening.
    private const long LargeSpecBytes = 1_000_000;

    public static SpecInput Load(string path, CliConsole console, string? ns = null, string? clientName = null, SpecSelection? selection = null)
    {
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new UserError($"file not found: {path}");
        }

        long size = new FileInfo(fullPath).Length;
        if (size > LargeSpecBytes)
        {
            console.Progress(string.Create(CultureInfo.InvariantCulture, $"reading {Path.GetFileName(path)} ({size / 1e6:F1} MB)…"));
        }

        var input = new SpecInput(fullPath, File.ReadAllText(fullPath), ns, clientName, Selection: selection);
        return ExternalReferences.Attach(input, referenced => File.Exists(referenced) ? File.ReadAllText(referenced) : null);
    }

    /// <summary>Times <paramref name="work"/> and reports it when the spec was large.</summary>
    public static T Timed<T>(SpecInput input, CliConsole console, string what, Func<T> work, Func<T, string> summary)
    {
        var clock = Stopwatch.StartNew();
        T result = work();
        if (input.Text.Length > LargeSpecBytes)
        {
            console.Progress(string.Create(CultureInfo.InvariantCulture, $"{what} {summary(result)} in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        return result;
    }
}

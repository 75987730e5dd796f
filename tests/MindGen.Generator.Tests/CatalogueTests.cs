using System.Runtime.CompilerServices;
using MindGen.Diagnostics;

namespace MindGen.Generator.Tests;

/// <summary>Release tracking and documentation stay in step with the diagnostics catalogue.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Every_diagnostic_is_release_tracked_with_its_severity()
    {
        string releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "MindGen.Generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "MindGen.Generator", "AnalyzerReleases.Shipped.md"));
        var tracked = releases.Split('\n')
            .Where(line => line.StartsWith("MG", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[2]);

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).Order(), tracked.Keys.Order());
        Assert.All(DiagnosticCatalog.All, d => Assert.Equal(d.Severity.ToString(), tracked[d.Id]));
    }

    [Fact]
    public void Every_diagnostic_is_documented()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Contains($"| {d.Id} | {d.Severity} | {d.Title} |", docs);
            Assert.Contains($"## {d.Id}\n", docs);
        });
    }

    [Fact]
    public void Ids_are_unique_and_sequential()
    {
        string[] ids = DiagnosticCatalog.All.Select(d => d.Id).ToArray();
        Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"MG{i:0000}"), ids);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}

using MindGen.Tests.Shared;

namespace MindGen.Cli.Tests;

/// <summary>The packed tool, installed the way a user installs it, from a local feed.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void Installs_from_a_local_feed_and_runs()
    {
        using var folder = new TempFolder();
        string root = folder.Path;
        string feed = Path.Combine(root, "feed");
        string tools = Path.Combine(root, "tools");
        // A private package cache: an older MindGen.Cli 0.1.0 in the user's cache must not stand in for this one.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };

        (int packExit, string packOutput) = DotnetCli.Run(RepositoryRoot(), environment, "pack", Path.Combine("src", "MindGen.Cli", "MindGen.Cli.csproj"), "-c", "Release", "-o", feed);
        Assert.True(packExit == 0, packOutput);
        Assert.Single(Directory.GetFiles(feed, "MindGen.Cli.*.nupkg"));

        (int installExit, string installOutput) = DotnetCli.Run(root, environment, "tool", "install", "MindGen.Cli", "--tool-path", tools, "--add-source", feed, "--version", "0.1.0");
        Assert.True(installExit == 0, installOutput);
        string mindgen = Path.Combine(tools, OperatingSystem.IsWindows() ? "mindgen.exe" : "mindgen");

        (int helpExit, string help) = DotnetCli.RunProgram(mindgen, root, environment, "--help");
        Assert.True(helpExit == 0, help);
        Assert.Contains("generate", help);

        string output = Path.Combine(root, "generated");
        (int generateExit, string generated) = DotnetCli.RunProgram(mindgen, root, environment, "generate", Path.Combine(RepositoryRoot(), "specs", "enneo-mind-worklog.yaml"), "-o", output);
        Assert.True(generateExit == 0, generated);
        Assert.True(File.Exists(Path.Combine(output, "EnneoMind.EnneoMindClient.g.cs")), generated);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}

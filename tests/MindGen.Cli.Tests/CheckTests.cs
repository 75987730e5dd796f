using System.Text.Json;

namespace MindGen.Cli.Tests;

/// <summary><c>mindgen check</c>: the generator's diagnostics, located, with CI-friendly exit codes.</summary>
public sealed class CheckTests
{
    [Fact]
    public void A_clean_spec_exits_0_and_prints_nothing()
    {
        (int exitCode, string output, _) = CommandLine.Run("check", CommandLine.Spec("enneo-mind-worklog.yaml"), CommandLine.Spec("diff-base.yaml"));
        Assert.Equal((0, string.Empty), (exitCode, output));
    }

    [Fact]
    public void A_warning_exits_1_with_file_line_and_column()
    {
        using var folder = new TempFolder();
        string spec = folder.PathOf("warn.yaml");
        File.WriteAllText(spec, "openapi: 3.0.3\ninfo: { title: W, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        b: { $ref: '#/components/schemas/Missing' }\n");

        (int exitCode, string output, _) = CommandLine.Run("check", spec);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{spec}:8:14: warning MG0004: '#/components/schemas/Missing' does not point to anything", output);
    }

    [Fact]
    public void An_unreadable_spec_exits_2_and_json_format_gives_the_same_facts()
    {
        using var folder = new TempFolder();
        string spec = folder.PathOf("broken.yaml");
        File.WriteAllText(spec, "openapi: 3.0.3\npaths: [\n");

        (int exitCode, string output, _) = CommandLine.Run("check", spec, "--format", "json");

        Assert.Equal(2, exitCode);
        JsonElement diagnostic = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("MG0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(spec, diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() >= 2);
    }
}

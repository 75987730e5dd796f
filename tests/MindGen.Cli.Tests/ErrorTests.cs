namespace MindGen.Cli.Tests;

/// <summary>User mistakes: one line on stderr, a non-zero exit code, never a stack trace.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("generate", "missing.yaml")]
    [InlineData("check", "missing.yaml")]
    [InlineData("diff", "missing.yaml", "missing-too.yaml")]
    [InlineData("validate", "missing.yaml", "payload.json", "--operation", "x")]
    public void A_missing_file_is_one_line(params string[] args)
    {
        (int exitCode, string output, string error) = CommandLine.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("mindgen: error: file not found: missing.yaml", error.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public void A_payload_that_is_not_json_is_one_line()
    {
        using var folder = new TempFolder();
        string payload = folder.PathOf("payload.json");
        File.WriteAllText(payload, "<html>");

        (int exitCode, _, string error) = CommandLine.Run("validate", CommandLine.Spec("enneo-mind-worklog.yaml"), payload, "--operation", "getTicketWorklogs");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"mindgen: error: {payload} is not JSON:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_one_line()
    {
        using var folder = new TempFolder();
        string notAFolder = folder.PathOf("taken");
        File.WriteAllText(notAFolder, "a file, not a folder");

        (int exitCode, _, string error) = CommandLine.Run("generate", CommandLine.Spec("enneo-mind-worklog.yaml"), "--output", notAFolder);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"mindgen: error: cannot write into {notAFolder}:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Bad_arguments_exit_2_with_the_reason()
    {
        (int exitCode, _, string error) = CommandLine.Run("diff", "only-one.yaml");
        Assert.Equal(2, exitCode);
        Assert.Contains("Required argument missing", error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("generate", "--help")]
    [InlineData("check", "--help")]
    [InlineData("diff", "--help")]
    [InlineData("validate", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        (int exitCode, string output, _) = CommandLine.Run(args);
        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.Contains("Description:", output);
    }
}

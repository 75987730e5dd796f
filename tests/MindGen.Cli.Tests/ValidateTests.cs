using System.Text.Json.Nodes;

namespace MindGen.Cli.Tests;

/// <summary><c>mindgen validate</c>: a real payload against the operation's response schema.</summary>
public sealed class ValidateTests
{
    [Theory]
    [InlineData("getTicketWorklogs")]
    [InlineData("GetTicketWorklogsAsync")]
    public void The_vendor_example_matches_its_spec(string operation)
    {
        (int exitCode, string output, _) = CommandLine.Run("validate", CommandLine.Spec("enneo-mind-worklog.yaml"), CommandLine.Spec("worklogs.example.json"), "--operation", operation);

        Assert.Equal(0, exitCode);
        Assert.Contains("matches GET /ticket/{ticketId}/worklog → 200", output);
    }

    [Fact]
    public void Every_mismatch_is_listed_with_its_json_path()
    {
        JsonArray worklogs = JsonNode.Parse(File.ReadAllText(CommandLine.Spec("worklogs.example.json")))!.AsArray();
        worklogs[0]!["id"] = "551";
        worklogs[0]!["worklog"]!["actionList"]!.AsArray().Add(7);
        worklogs[1]!["customerExperience"]!["slaMet"] = "yes";
        worklogs[1]!["time"] = new JsonArray();
        using var folder = new TempFolder();
        string payload = folder.PathOf("payload.json");
        File.WriteAllText(payload, worklogs.ToJsonString());

        (int exitCode, string output, _) = CommandLine.Run("validate", CommandLine.Spec("enneo-mind-worklog.yaml"), payload, "--operation", "getTicketWorklogs", "--status", "200");

        Assert.Equal(1, exitCode);
        Assert.Contains("$[0].id: integer expected", output);
        Assert.Contains("$[0].worklog.actionList[2]: string expected", output);
        Assert.Contains("$[1].customerExperience.slaMet: the value has none of the types the schema allows", output);
        Assert.Contains("$[1].time:", output);
        Assert.Contains("4 mismatches against GET /ticket/{ticketId}/worklog → 200", output);
    }

    [Theory]
    [InlineData("--operation", "nope", "no operation 'nope' in the spec (operationIds: getTicketWorklogs)")]
    [InlineData("--status", "404", "getTicketWorklogs has no '404' response in the spec")]
    public void Unknown_operations_and_statuses_are_user_errors(string option, string value, string message)
    {
        string[] args = ["validate", CommandLine.Spec("enneo-mind-worklog.yaml"), CommandLine.Spec("worklogs.example.json"), "--operation", "getTicketWorklogs", option, value];
        if (option == "--operation")
        {
            args = args[..^4].Concat([option, value]).ToArray();
        }

        (int exitCode, _, string error) = CommandLine.Run(args);

        Assert.Equal((2, $"mindgen: error: {message}"), (exitCode, error.Trim()));
    }
}

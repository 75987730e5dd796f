using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conformance.Infrastructure;

/// <summary>
/// The suite's description of each scenario (scenarios.md, spector's summary of every <c>@scenarioDoc</c>):
/// where a scenario documents its body as JSON, a driver reads and sends exactly that.
/// </summary>
internal static partial class ScenarioDocs
{
    private static readonly Dictionary<string, string> Sections = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios.md"))
        .Split("\n### ")
        .Skip(1)
        .ToDictionary(section => section[..section.IndexOf('\n')].Trim(), section => section, StringComparer.Ordinal);

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The first JSON block the scenario documents (its request or its response body), without the comments some carry.</summary>
    public static string Body(string scenario) =>
        JsonBlock().Match(Sections.TryGetValue(scenario, out string? section) ? section : throw new InvalidOperationException($"The suite describes no scenario {scenario}.")) is { Success: true } match
            ? JsonNode.Parse(match.Groups[1].Value, documentOptions: Lenient)!.ToJsonString()
            : throw new InvalidOperationException($"{scenario} documents no JSON body.");

    [GeneratedRegex("```json\\s*\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

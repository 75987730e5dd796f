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

    /// <summary>
    /// A JSON block the scenario documents (its request or its response body; the first unless it documents one per
    /// case), without the comments some carry.
    /// </summary>
    public static string Body(string scenario, int index = 0) =>
        JsonBlock().Matches(Sections.TryGetValue(scenario, out string? section) ? section : throw new InvalidOperationException($"The suite describes no scenario {scenario}.")) is { } matches && index < matches.Count
            ? JsonNode.Parse(matches[index].Groups[1].Value, documentOptions: Lenient)!.ToJsonString()
            : throw new InvalidOperationException($"{scenario} documents no JSON body #{index + 1}.");

    [GeneratedRegex("```json\\s*\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

namespace Conformance.Infrastructure;

/// <summary>
/// expected-failures.txt: the scenarios that fail today, each with its root cause, so that the suite starts
/// green and every fix removes a line. A line is <c>&lt;V30|V31|V32|*&gt; &lt;Scenario&gt;  # cause</c>.
/// </summary>
internal static class ExpectedFailures
{
    private static readonly List<(string Version, string Scenario, string Cause)> Lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "expected-failures.txt"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(Parse)
        .ToList();

    /// <summary>Why <paramref name="scenario"/> is expected to fail from <paramref name="version"/>'s documents; null when it must pass.</summary>
    public static string? Cause(string version, string scenario) =>
        Lines.FirstOrDefault(line => line.Scenario == scenario && (line.Version == "*" || line.Version == version)).Cause;

    private static (string, string, string) Parse(string line)
    {
        int hash = line.IndexOf('#');
        string cause = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
        string[] fields = (hash < 0 ? line : line[..hash]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 2 || cause.Length == 0)
        {
            throw new FormatException($"expected-failures.txt: '{line}' is not '<version|*> <Scenario>  # cause'.");
        }

        return (fields[0], fields[1], cause);
    }
}

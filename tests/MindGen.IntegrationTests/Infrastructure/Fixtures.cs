namespace MindGen.IntegrationTests.Infrastructure;

internal static class Fixtures
{
    /// <summary>The vendor's documented example response of GET /ticket/{ticketId}/worklog.</summary>
    public static string ExampleWorklogs { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "worklogs.example.json"));
}

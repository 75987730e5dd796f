using System.Buffers;
using System.Text.Json;

namespace MindGen.Benchmarks;

/// <summary>
/// Deterministic synthetic worklogs shaped like the vendor's example response (every member present,
/// low-cardinality strings such as actions and labels repeated, numbers and dates varied), written with a
/// plain <see cref="Utf8JsonWriter"/> so that no serializer under test produces its own input.
/// </summary>
public static class WorklogData
{
    public const int DefaultCount = 50_000;

    private static readonly string[] Actions = ["reply", "closed", "forward", "note", "merge", "reopen"];
    private static readonly string[] ActionTexts = ["Sent reply to customer", "Closed ticket", "Forwarded to team", "Added internal note", "Merged tickets", "Reopened ticket"];
    private static readonly string[] Levels = ["Manual", "Assisted", "Automated"];
    private static readonly string[] Agents = ["Email Assistant", "Summarizer", "Router"];

    /// <summary>Writes the data to a file in the temp folder once per count and returns its path.</summary>
    public static string WriteFile(int count = DefaultCount)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mindgen-bench-worklogs-{count}.json");
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, Create(count));
        }

        return path;
    }

    public static byte[] Create(int count = DefaultCount)
    {
        var random = new Random(20261129);
        var buffer = new ArrayBufferWriter<byte>(count * 1100);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (int i = 0; i < count; i++)
            {
                WriteWorklog(writer, random, 100_000 + i, day.AddMinutes(i * 7));
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteWorklog(Utf8JsonWriter writer, Random random, long id, DateTimeOffset at)
    {
        long ticketId = 10_000 + (id % 9_000);
        writer.WriteStartObject();
        writer.WriteNumber("id", id);
        writer.WriteNumber("ticketId", ticketId);
        writer.WriteString("date", at.ToString("yyyy-MM-dd"));
        writer.WriteString("latestInteraction", at.UtcDateTime);

        writer.WriteStartArray("assessments");
        for (int i = random.Next(1, 3); i > 0; i--)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", random.Next(1, 1_000_000));
            writer.WriteNumber("scorecardId", random.Next(1, 60));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        int first = random.Next(Actions.Length);
        int second = (first + 1) % Actions.Length;
        writer.WriteStartObject("worklog");
        writer.WriteNumber("userId", random.Next(1, 200));
        writer.WriteNumber("worklogId", id);
        writer.WriteString("latestInteraction", at.UtcDateTime);
        writer.WriteNumber("ticketId", ticketId);
        writer.WriteNumber("conversationId", random.Next(1, 1_000_000));
        writer.WriteString("action", Actions[second] + "Action");
        WriteStrings(writer, "actionList", Actions[first], Actions[second]);
        WriteStrings(writer, "actionListText", ActionTexts[first], ActionTexts[second]);
        writer.WriteEndObject();

        int level = random.Next(Levels.Length);
        writer.WriteStartObject("aiUsage");
        writer.WriteNumber("automationLevel", level);
        writer.WriteString("automationLevelLabel", Levels[level]);
        writer.WriteStartArray("aiAgents");
        int agent = random.Next(Agents.Length);
        writer.WriteStartObject();
        writer.WriteNumber("id", agent + 1);
        writer.WriteString("name", Agents[agent]);
        writer.WriteString("description", "Generates " + Agents[agent].ToLowerInvariant() + " output");
        writer.WriteString("intelligence", "smart");
        writer.WriteNumber("textAssistanceAccuracy", Math.Round(random.NextDouble(), 2));
        writer.WriteNull("actions");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("time");
        int duration = random.Next(30, 3_600);
        writer.WriteNumber("duration", duration);
        writer.WriteNumber("durationAfterWork", random.Next(0, 600));
        writer.WriteStartArray("segments");
        writer.WriteStartObject();
        writer.WriteNumber("userTimeTrackingId", random.Next(1, 1_000_000));
        writer.WriteString("from", at.AddSeconds(-duration).UtcDateTime);
        writer.WriteString("to", at.UtcDateTime);
        WriteStrings(writer, "actionList", Actions[first], Actions[second]);
        WriteStrings(writer, "actionListText", ActionTexts[first], ActionTexts[second]);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("customerExperience");
        writer.WriteBoolean("slaMet", random.Next(4) != 0);
        writer.WriteNumber("netSecondsClosedAfterSla", random.Next(-7_200, 7_200));
        writer.WriteString("closingDateForSLA", at.UtcDateTime);
        writer.WriteString("dueDateForSLA", at.AddHours(4).UtcDateTime);
        writer.WriteBoolean("reOpened", random.Next(10) == 0);
        writer.WriteStartObject("csat");
        writer.WriteNumber("id", random.Next(1, 1_000_000));
        writer.WriteNumber("scale", 5);
        writer.WriteNumber("answerStars", random.Next(1, 6));
        writer.WriteString("answerText", random.Next(3) == 0 ? "Great service!" : "OK");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, string first, string second)
    {
        writer.WriteStartArray(name);
        writer.WriteStringValue(first);
        writer.WriteStringValue(second);
        writer.WriteEndArray();
    }
}

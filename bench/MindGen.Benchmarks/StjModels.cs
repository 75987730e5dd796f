using System.Text.Json;
using System.Text.Json.Serialization;

// Hand-written copies of the classes MindGen generates for the bundled spec (same members, same types,
// same wire names), for System.Text.Json's reflection serializer and its source generator, which cannot
// see types another generator emits. Unknown members are kept the same way ([JsonExtensionData]).
namespace MindGen.Benchmarks.Stj;

public class TicketWorklog
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("ticketId")] public long? TicketId { get; set; }
    [JsonPropertyName("date")] public DateOnly? Date { get; set; }
    [JsonPropertyName("latestInteraction")] public DateTimeOffset? LatestInteraction { get; set; }
    [JsonPropertyName("assessments")] public IReadOnlyList<WorklogAssessment>? Assessments { get; set; }
    [JsonPropertyName("worklog")] public WorklogInfo? Worklog { get; set; }
    [JsonPropertyName("aiUsage")] public AiUsage? AiUsage { get; set; }
    [JsonPropertyName("time")] public WorklogTime? Time { get; set; }
    [JsonPropertyName("customerExperience")] public CustomerExperience? CustomerExperience { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class WorklogAssessment
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("scorecardId")] public long? ScorecardId { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class WorklogInfo
{
    [JsonPropertyName("userId")] public long? UserId { get; set; }
    [JsonPropertyName("worklogId")] public long? WorklogId { get; set; }
    [JsonPropertyName("latestInteraction")] public DateTimeOffset? LatestInteraction { get; set; }
    [JsonPropertyName("ticketId")] public long? TicketId { get; set; }
    [JsonPropertyName("conversationId")] public long? ConversationId { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("actionList")] public IReadOnlyList<string>? ActionList { get; set; }
    [JsonPropertyName("actionListText")] public IReadOnlyList<string>? ActionListText { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class AiUsage
{
    [JsonPropertyName("automationLevel")] public long? AutomationLevel { get; set; }
    [JsonPropertyName("automationLevelLabel")] public string? AutomationLevelLabel { get; set; }
    [JsonPropertyName("aiAgents")] public IReadOnlyList<AiAgent>? AiAgents { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class AiAgent
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("intelligence")] public string? Intelligence { get; set; }
    [JsonPropertyName("textAssistanceAccuracy")] public double? TextAssistanceAccuracy { get; set; }
    [JsonPropertyName("actions")] public IReadOnlyList<JsonElement>? Actions { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class WorklogTime
{
    [JsonPropertyName("duration")] public long? Duration { get; set; }
    [JsonPropertyName("durationAfterWork")] public long? DurationAfterWork { get; set; }
    [JsonPropertyName("segments")] public IReadOnlyList<TimeSegment>? Segments { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class TimeSegment
{
    [JsonPropertyName("userTimeTrackingId")] public long? UserTimeTrackingId { get; set; }
    [JsonPropertyName("from")] public DateTimeOffset? From { get; set; }
    [JsonPropertyName("to")] public DateTimeOffset? To { get; set; }
    [JsonPropertyName("actionList")] public IReadOnlyList<string>? ActionList { get; set; }
    [JsonPropertyName("actionListText")] public IReadOnlyList<string>? ActionListText { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class CustomerExperience
{
    [JsonPropertyName("slaMet")] public bool? SlaMet { get; set; }
    [JsonPropertyName("netSecondsClosedAfterSla")] public long? NetSecondsClosedAfterSla { get; set; }
    [JsonPropertyName("closingDateForSLA")] public DateTimeOffset? ClosingDateForSLA { get; set; }
    [JsonPropertyName("dueDateForSLA")] public DateTimeOffset? DueDateForSLA { get; set; }
    [JsonPropertyName("reOpened")] public bool? ReOpened { get; set; }
    [JsonPropertyName("csat")] public Csat? Csat { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public class Csat
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("scale")] public long? Scale { get; set; }
    [JsonPropertyName("answerStars")] public long? AnswerStars { get; set; }
    [JsonPropertyName("answerText")] public string? AnswerText { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The System.Text.Json source generator's context over the copies (its default mode: metadata and fast-path serialization).</summary>
[JsonSerializable(typeof(IReadOnlyList<TicketWorklog>))]
[JsonSerializable(typeof(TicketWorklog))]
public partial class StjSourceGenContext : JsonSerializerContext;

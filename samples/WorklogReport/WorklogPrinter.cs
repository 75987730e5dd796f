using System.Globalization;
using System.Text;
using Enneo.Mind;

namespace WorklogReport;

/// <summary>Renders worklogs as a plain-text report, one block per worklog.</summary>
internal static class WorklogPrinter
{
    public static string Format(IReadOnlyList<TicketWorklog> worklogs)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{worklogs.Count} worklog(s)");
        foreach (TicketWorklog worklog in worklogs)
        {
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Worklog {worklog.Id} · ticket {worklog.TicketId} · {worklog.Date:yyyy-MM-dd}");
            if (worklog.Worklog is { } info)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  action      {info.Action} by user {info.UserId} (conversation {Text(info.ConversationId)})");
                report.AppendLine(CultureInfo.InvariantCulture, $"  steps       {string.Join(", ", info.ActionListText ?? [])}");
            }

            if (worklog.Time is { } time)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  duration    {Duration(time.Duration)} (after work {Duration(time.DurationAfterWork)}) in {time.Segments?.Count ?? 0} segment(s)");
            }

            if (worklog.AiUsage is { } ai)
            {
                string agents = string.Join(", ", (ai.AiAgents ?? []).Select(agent => $"{agent.Name} ({Text(agent.TextAssistanceAccuracy)})"));
                report.AppendLine(CultureInfo.InvariantCulture, $"  automation  level {ai.AutomationLevel} {ai.AutomationLevelLabel}{(agents.Length > 0 ? "; agents: " + agents : string.Empty)}");
            }

            if (worklog.CustomerExperience is { } experience)
            {
                string sla = experience.SlaMet switch
                {
                    true => "met",
                    false => "missed",
                    null => "none",
                };
                report.AppendLine(CultureInfo.InvariantCulture, $"  SLA         {sla}, closed {Text(experience.NetSecondsClosedAfterSla)} s after due {experience.DueDateForSLA:yyyy-MM-dd HH:mm}Z");
                report.AppendLine(CultureInfo.InvariantCulture, $"  CSAT        {(experience.Csat is { } csat ? $"{csat.AnswerStars}/{csat.Scale} \"{csat.AnswerText}\"" : "no survey")}");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"  assessments {worklog.Assessments?.Count ?? 0}");
        }

        return report.ToString();
    }

    private static string Duration(long? seconds) =>
        seconds is { } value ? TimeSpan.FromSeconds(value).ToString(@"m\:ss", CultureInfo.InvariantCulture) : "-";

    private static string Text<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "-";
}

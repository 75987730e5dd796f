using System.Text.Json;

namespace MindGen.Benchmarks;

/// <summary>
/// Before anything is timed: every serializer must have read the same data, or the comparison is void.
/// </summary>
internal static class Agreement
{
    public static void Check(byte[] json, IReadOnlyList<Enneo.Mind.TicketWorklog> mindGen, params IReadOnlyList<Stj.TicketWorklog>[] others)
    {
        int expected = JsonDocument.Parse(json).RootElement.GetArrayLength();
        long checksum = Checksum(mindGen.Select(w => (w.Id, w.Time?.Segments?[0].To, w.CustomerExperience?.Csat?.AnswerText, w.Worklog?.ActionListText?[1])));
        foreach (IReadOnlyList<Stj.TicketWorklog> other in others)
        {
            long otherChecksum = Checksum(other.Select(w => (w.Id, w.Time?.Segments?[0].To, w.CustomerExperience?.Csat?.AnswerText, w.Worklog?.ActionListText?[1])));
            if (other.Count != expected || mindGen.Count != expected || otherChecksum != checksum)
            {
                throw new InvalidOperationException($"The serializers disagree: {expected} worklogs in the data, MindGen read {mindGen.Count}, another {other.Count}.");
            }
        }
    }

    private static long Checksum(IEnumerable<(long? Id, DateTimeOffset? To, string? Answer, string? Text)> rows) =>
        rows.Aggregate(17L, (hash, row) => unchecked((hash * 31) + HashCode.Combine(row.Id, row.To, row.Answer, row.Text)));
}

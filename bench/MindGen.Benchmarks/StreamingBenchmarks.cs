using Enneo.Mind;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace MindGen.Benchmarks;

/// <summary>
/// The 50,000 worklogs as an HTTP response read from disk: the generated client's
/// <c>StreamTicketWorklogsAsync</c> (IAsyncEnumerable, one worklog at a time) against its buffered
/// <c>GetTicketWorklogsAsync</c>, and System.Text.Json's DeserializeAsyncEnumerable over the hand-written
/// copies. Allocation here; peak working set per variant in its own process: <c>-- peak-memory</c>.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private string _path = string.Empty;
    private EnneoMindClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = WorklogData.WriteFile();
        _client = FileBackedHandler.CreateClient(_path);
    }

    [Benchmark(Baseline = true, Description = "MindGen client, buffered list")]
    public async Task<int> MindGen_Buffered() => (await _client.GetTicketWorklogsAsync(1)).Count;

    [Benchmark(Description = "MindGen client, IAsyncEnumerable")]
    public async Task<int> MindGen_Stream()
    {
        int count = 0;
        await foreach (TicketWorklog _ in _client.StreamTicketWorklogsAsync(1))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "STJ source-gen, DeserializeAsyncEnumerable")]
    public async Task<int> Stj_Stream()
    {
        int count = 0;
        await using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true);
        await foreach (Stj.TicketWorklog? _ in JsonSerializer.DeserializeAsyncEnumerable(file, Stj.StjSourceGenContext.Default.TicketWorklog))
        {
            count++;
        }

        return count;
    }
}

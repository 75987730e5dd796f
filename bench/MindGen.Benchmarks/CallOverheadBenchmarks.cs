using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Enneo.Mind;

namespace MindGen.Benchmarks;

/// <summary>
/// What one call costs besides the wire: a two-worklog answer from memory, read by the generated client (which adds
/// a User-Agent, a span and a duration when they are listened to, and a retry policy), next to the same call written
/// by hand with HttpClient and STJ's source generator.
/// </summary>
[MemoryDiagnoser]
public class CallOverheadBenchmarks
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        """[{"id":551,"ticketId":8821,"date":"2024-06-12","worklog":{"userId":23,"action":"closeAction"}},{"id":552,"ticketId":8821,"date":"2024-06-12"}]""");

    private HttpClient _http = null!;
    private EnneoMindClient _client = null!;
    private ActivityListener? _spans;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listened { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new MemoryHandler()) { BaseAddress = new Uri("http://enneo.invalid/api/mind/") };
        _client = new EnneoMindClient(_http);
        if (Listened)
        {
            // What an OpenTelemetry SDK subscribed to the client does, without exporting.
            _spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name == EnneoMindClient.TelemetryName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_spans);
            _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
            _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
            _meters.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _spans?.Dispose();
        _meters?.Dispose();
        _http.Dispose();
    }

    [Benchmark(Description = "MindGen client")]
    public async Task<int> MindGen() => (await _client.GetTicketWorklogsAsync(8821)).Count;

    [Benchmark(Baseline = true, Description = "By hand: HttpClient + STJ source-gen")]
    public async Task<int> ByHand()
    {
        using HttpResponseMessage response = await _http.GetAsync("ticket/8821/worklog", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(body, Stj.StjSourceGenContext.Default.IReadOnlyListTicketWorklog))!.Count;
    }

    // Answers every request with the same two worklogs, from memory.
    private sealed class MemoryHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Answer);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

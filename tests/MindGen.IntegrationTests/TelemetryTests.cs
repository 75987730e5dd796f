using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// The client's traces and metrics as OpenTelemetry reads them, through the same BCL listeners its SDK uses: a span per
/// operation call with the path template, parent of .NET's HTTP span; a duration per call; the template on .NET's own
/// request duration; nothing while nothing listens. Listeners see every test's calls, so these run alone.
/// </summary>
[Collection(nameof(TelemetryTests))]
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_call_is_one_span_with_its_url_template_the_parent_of_the_HTTP_span_and_one_duration()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("api/mind/");
        using var telemetry = new Recorder();

        await new EnneoMindClient(http).GetTicketWorklogsAsync(8821);

        Activity call = Assert.Single(telemetry.Spans, span => span.Source.Name == EnneoMindClient.TelemetryName);
        Assert.Equal(("getTicketWorklogs", ActivityKind.Client), (call.OperationName, call.Kind));
        Assert.Equal("/ticket/{ticketId}/worklog", call.GetTagItem("url.template"));
        Assert.Equal(("GET", 200, ActivityStatusCode.Unset), (call.GetTagItem("http.request.method"), call.GetTagItem("http.response.status_code"), call.Status));
        Activity httpSpan = Assert.Single(telemetry.Spans, span => span.Source.Name == "System.Net.Http");
        Assert.Equal(call.SpanId, httpSpan.ParentSpanId);

        (string _, double seconds, Dictionary<string, object?> tags) = Assert.Single(telemetry.Measurements, measurement => measurement.Instrument == "mindgen.client.operation.duration");
        Assert.InRange(seconds, 0, 30);
        Assert.Equal(("getTicketWorklogs", "/ticket/{ticketId}/worklog", 200), (tags["openapi.operation.id"], tags["url.template"], tags["http.response.status_code"]));
        // .NET's own duration of the request learns the template.
        (_, _, Dictionary<string, object?> httpTags) = await telemetry.FirstAsync("http.client.request.duration");
        Assert.Equal("/ticket/{ticketId}/worklog", httpTags["url.template"]);
    }

    [Fact]
    public async Task A_failed_call_is_an_error_span_and_duration_by_the_OpenTelemetry_conventions()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(404, """{"message":"no such ticket"}""");
        using HttpClient http = server.CreateClient("api/mind/");
        using var telemetry = new Recorder();

        await Assert.ThrowsAnyAsync<ApiException>(() => new EnneoMindClient(http).GetTicketWorklogsAsync(1));

        Activity call = Assert.Single(telemetry.Spans, span => span.Source.Name == EnneoMindClient.TelemetryName);
        Assert.Equal((ActivityStatusCode.Error, "404", 404), (call.Status, call.GetTagItem("error.type"), call.GetTagItem("http.response.status_code")));
        Assert.Equal("404", Assert.Single(telemetry.Measurements, measurement => measurement.Instrument == "mindgen.client.operation.duration").Tags["error.type"]);
    }

    [Fact]
    public async Task While_nothing_listens_a_call_makes_no_span()
    {
        Activity? during = null;
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[]");
        });
        using var http = new HttpClient(new Observer(() => during = Activity.Current) { InnerHandler = new HttpClientHandler() }) { BaseAddress = new Uri(server.Root, "api/mind/") };

        await new EnneoMindClient(http).GetTicketWorklogsAsync(1);

        Assert.Null(during);
    }

    // Records what the client's and .NET's HTTP sources and meters report while it lives.
    private sealed class Recorder : IDisposable
    {
        private readonly ActivityListener _spans;
        private readonly MeterListener _meters = new();

        public Recorder()
        {
            _spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name is EnneoMindClient.TelemetryName or "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = Spans.Enqueue,
            };
            ActivitySource.AddActivityListener(_spans);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == EnneoMindClient.TelemetryName || instrument.Name == "http.client.request.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
                Measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
            _meters.Start();
        }

        public ConcurrentQueue<Activity> Spans { get; } = new();

        public ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

        // .NET records a request's duration when its response is done with, which may come a moment after the call.
        public async Task<(string Instrument, double Value, Dictionary<string, object?> Tags)> FirstAsync(string instrument)
        {
            for (int attempt = 0; attempt < 100; attempt++)
            {
                if (Measurements.FirstOrDefault(measurement => measurement.Instrument == instrument) is { Instrument: not null } found)
                {
                    return found;
                }

                await Task.Delay(20);
            }

            throw new Xunit.Sdk.XunitException($"no {instrument} was recorded");
        }

        public void Dispose()
        {
            _spans.Dispose();
            _meters.Dispose();
        }
    }

    private sealed class Observer(Action observe) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            observe();
            return base.SendAsync(request, cancellationToken);
        }
    }
}

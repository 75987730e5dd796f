// Template: the part of a client's runtime class (<Client>Runtime) that traces and measures each operation call for
// OpenTelemetry: one span and one duration per call, nothing (no span, no allocation) while nothing listens. The
// runtime emitter writes the client's TelemetryName and TelemetryVersion beside it.
// Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    private static readonly global::System.Diagnostics.ActivitySource Tracing = new(TelemetryName, TelemetryVersion);

    private static readonly global::System.Diagnostics.Metrics.Meter Metrics = new(TelemetryName, TelemetryVersion);

    private static readonly global::System.Diagnostics.Metrics.Histogram<double> OperationDuration = Metrics.CreateHistogram<double>(
        "mindgen.client.operation.duration", "s", "How long an operation's call took, from its start to the response's headers (or its failure).");

    // The key under which a request carries its path template to .NET's own http.client.request.duration.
    private static readonly global::System.Net.Http.HttpRequestOptionsKey<string> UrlTemplateOption = new("url.template");

    /// <summary>
    /// One operation call being traced or measured: its span (the parent of .NET's HTTP span) and when it started;
    /// default, and free, while nothing listens.
    /// </summary>
    private readonly struct OperationCall
    {
        private readonly global::System.Diagnostics.Activity? _activity;
        private readonly long _started;
        private readonly string? _operationId;
        private readonly string? _urlTemplate;
        private readonly global::System.Net.Http.HttpRequestMessage? _request;

        private OperationCall(global::System.Diagnostics.Activity? activity, long started, string operationId, string urlTemplate, global::System.Net.Http.HttpRequestMessage request)
        {
            _activity = activity;
            _started = started;
            _operationId = operationId;
            _urlTemplate = urlTemplate;
            _request = request;
        }

        public static OperationCall Start(global::System.Net.Http.HttpRequestMessage request, string operationId, string urlTemplate)
        {
            global::System.Diagnostics.Activity? activity = Tracing.StartActivity(operationId, global::System.Diagnostics.ActivityKind.Client);
            bool measuring = OperationDuration.Enabled;
            if (activity is null && !measuring)
            {
                return default;
            }

            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag("url.template", urlTemplate);
                activity.SetTag("http.request.method", request.Method.Method);
                activity.SetTag("openapi.operation.id", operationId);
                activity.SetTag("server.address", request.RequestUri?.Host);
                activity.SetTag("server.port", request.RequestUri?.Port);
            }

            // .NET's own http.client.request.duration lacks the template; the request carries it there.
            request.Options.Set(UrlTemplateOption, urlTemplate);
            global::System.Net.Http.Metrics.HttpMetricsEnrichmentContext.AddCallback(request, static context =>
            {
                if (context.Request.Options.TryGetValue(UrlTemplateOption, out string? template))
                {
                    context.AddCustomTag("url.template", template);
                }
            });
            return new OperationCall(activity, measuring ? global::System.Diagnostics.Stopwatch.GetTimestamp() : 0, operationId, urlTemplate, request);
        }

        /// <summary>Ends the span and records the duration, with the status the call got or the failure it ended in.</summary>
        public void End(int status, global::System.Exception? failure)
        {
            if (_request is null)
            {
                return;
            }

            // OpenTelemetry's error.type: the status code of an unsuccessful response, else the exception's type.
            string? errorType = failure is global::MindGen.Templates.ApiException unsuccessful
                ? unsuccessful.StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                : failure?.GetType().FullName;
            if (failure is global::MindGen.Templates.ApiException { StatusCode: > 0 } answered)
            {
                status = answered.StatusCode;
            }

            if (_activity is not null)
            {
                if (status > 0)
                {
                    _activity.SetTag("http.response.status_code", status);
                }

                if (errorType is not null)
                {
                    _activity.SetTag("error.type", errorType);
                    _activity.SetStatus(global::System.Diagnostics.ActivityStatusCode.Error, failure!.Message);
                }

                _activity.Dispose();
            }

            if (_started != 0)
            {
                var tags = new global::System.Diagnostics.TagList
                {
                    { "openapi.operation.id", _operationId },
                    { "url.template", _urlTemplate },
                    { "http.request.method", _request.Method.Method },
                    { "server.address", _request.RequestUri?.Host },
                    { "server.port", _request.RequestUri?.Port },
                };
                if (status > 0)
                {
                    tags.Add("http.response.status_code", status);
                }

                if (errorType is not null)
                {
                    tags.Add("error.type", errorType);
                }

                OperationDuration.Record(global::System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            }
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace MindGen.Tests.Shared;

/// <summary>
/// A real HTTP server on 127.0.0.1 (an OS-chosen port) that records requests and answers with a handler.
/// Shared by the test projects, which link this file.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Root { get; }

    public List<RecordedRequest> Requests { get; } = [];

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // The name torture test sends every generated name as a query parameter: more than Kestrel's 8 KB request line.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            // Buffered, so that a handler can read the body again after it is recorded.
            context.Request.EnableBuffering();
            string body = await new StreamReader(context.Request.Body, leaveOpen: true).ReadToEndAsync();
            context.Request.Body.Position = 0;
            server!.Requests.Add(new RecordedRequest(
                context.Request.Method,
                // The target as sent: Kestrel's Request.Path decodes %2E and removes dot segments.
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            await handler(context);
        });
        await app.StartAsync();
        server = new LoopbackServer(app, new Uri(app.Urls.Single().Replace("0.0.0.0", "127.0.0.1") + "/"));
        return server;
    }

    /// <summary>A server that answers every request with <paramref name="status"/> and a JSON body.</summary>
    public static Task<LoopbackServer> RespondingAsync(int status, string json) =>
        StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });

    public HttpClient CreateClient(string basePath = "") => new() { BaseAddress = new Uri(Root, basePath) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

using Enneo.Mind;
using System.Net;
using System.Net.Http.Headers;

namespace MindGen.Benchmarks;

/// <summary>
/// Answers every request with a JSON file streamed from disk, so that the response body is never in
/// memory as a whole unless the client puts it there: what the streaming measurements need.
/// </summary>
internal sealed class FileBackedHandler(string path) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    public static EnneoMindClient CreateClient(string path) =>
        new(new HttpClient(new FileBackedHandler(path)) { BaseAddress = new Uri("http://enneo.invalid/api/mind/") });
}

using System.Net;
using System.Text.Json;
using MindGen.Templates;

namespace MindGen.Cli.Mocking;

/// <summary>
/// Serves a <see cref="SpecFake"/> over HTTP on the loopback interface, for callers in any language: each request goes
/// through the fake as a generated fake's would; one the spec does not allow is answered 400 with problem details
/// whose <c>detail</c> is the fake's violation (naming the operation, the spec and what is wrong). Every request is
/// logged, a line each.
/// </summary>
public sealed class MockServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpMessageInvoker _fake;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    private MockServer(SpecFake fake, string host, int port, TextWriter log)
    {
        Root = new Uri($"http://{host}:{port}/");
        _fake = new HttpMessageInvoker(fake, disposeHandler: false);
        _log = log;
        _listener.Prefixes.Add(Root.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    internal static MockServer Start(SpecFake fake, string host, int port, TextWriter log) => new(fake, host, port, log);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping ends the wait for the next request with one of these.
        }

        _listener.Close();
        _fake.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context = await _listener.GetContextAsync();
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        HttpListenerRequest request = context.Request;
        HttpListenerResponse response = context.Response;
        try
        {
            using HttpRequestMessage message = await ToMessageAsync(request);
            using HttpResponseMessage answer = await _fake.SendAsync(message, _stopping.Token);
            response.StatusCode = (int)answer.StatusCode;
            foreach (KeyValuePair<string, IEnumerable<string>> header in answer.Headers.Concat(answer.Content.Headers))
            {
                response.Headers[header.Key] = string.Join(", ", header.Value);
            }

            byte[] body = await answer.Content.ReadAsByteArrayAsync(_stopping.Token);
            await response.OutputStream.WriteAsync(body, _stopping.Token);
            Log(request, response.StatusCode, null);
        }
        catch (ContractViolationException violation)
        {
            response.StatusCode = 400;
            response.ContentType = "application/problem+json";
            // Relaxed escaping: the detail is for people, and quotes in it stay quotes.
            await using (var problem = new Utf8JsonWriter(response.OutputStream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                problem.WriteStartObject();
                problem.WriteString("type", "about:blank");
                problem.WriteString("title", "The request does not match the spec");
                problem.WriteNumber("status", 400);
                problem.WriteString("detail", violation.Message);
                problem.WriteEndObject();
            }

            Log(request, 400, violation.Message);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // A fault the fake injects (a dropped connection, a body cut short): the connection ends without a response.
            Log(request, 0, exception.Message);
            response.Abort();
            return;
        }

        response.Close();
    }

    private static async Task<HttpRequestMessage> ToMessageAsync(HttpListenerRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.HttpMethod), request.Url);
        if (request.HasEntityBody)
        {
            using var buffer = new MemoryStream();
            await request.InputStream.CopyToAsync(buffer);
            message.Content = new ByteArrayContent(buffer.ToArray());
        }

        foreach (string? name in request.Headers.AllKeys)
        {
            if (name is not null && !message.Headers.TryAddWithoutValidation(name, request.Headers.GetValues(name)!))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, request.Headers.GetValues(name)!);
            }
        }

        return message;
    }

    private void Log(HttpListenerRequest request, int status, string? problem)
    {
        lock (_log)
        {
            _log.WriteLine($"{request.HttpMethod} {request.Url?.PathAndQuery} → {(status == 0 ? "dropped" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(problem is null ? string.Empty : ": " + problem)}");
        }
    }
}

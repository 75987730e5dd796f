using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorklogReport;

/// <summary>
/// A stand-in for an Enneo instance on 127.0.0.1: answers <c>GET /api/mind/ticket/{id}/worklog</c> with the
/// vendor's example worklogs, and asks for the bearer token a real instance would.
/// </summary>
internal sealed class DemoServer : IAsyncDisposable
{
    public const string Token = "demo-token";

    private readonly HttpListener _listener;
    private readonly Task _serving;

    private DemoServer(HttpListener listener, Uri baseAddress)
    {
        _listener = listener;
        BaseAddress = baseAddress;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Where the API lives, with the same <c>/api/mind/</c> path as a real instance.</summary>
    public Uri BaseAddress { get; }

    public static DemoServer Start()
    {
        // HttpListener cannot bind port 0: borrow a free port from the OS, then listen on it.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return new DemoServer(listener, new Uri($"http://127.0.0.1:{port}/api/mind/"));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync this way.
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context = await _listener.GetContextAsync();
            (int status, string body) = Answer(context.Request);
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static (int Status, string Body) Answer(HttpListenerRequest request)
    {
        if (request.Headers["Authorization"] != "Bearer " + Token)
        {
            return (401, """{"error":"Unauthorized"}""");
        }

        string[] segments = request.Url!.AbsolutePath.Trim('/').Split('/');
        bool isWorklogs = request.HttpMethod == "GET"
            && segments is ["api", "mind", "ticket", _, "worklog"]
            && long.TryParse(segments[3], out long ticketId)
            && ticketId == 8821;
        return isWorklogs ? (200, ExampleWorklogs.Json) : (404, """{"error":"Ticket not found"}""");
    }
}

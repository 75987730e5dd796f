namespace Conformance.Infrastructure;

/// <summary>
/// Keeps what the server said when it rejected a request (spector answers 400 with what it expected and what
/// it got), so that a failing scenario says why, not only that the client saw a 400.
/// </summary>
internal sealed class Rejections() : DelegatingHandler(new SocketsHttpHandler())
{
    public string? Last { get; private set; }

    public void Clear() => Last = null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            Last = $"{request.Method} {request.RequestUri?.PathAndQuery}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
        }

        return response;
    }
}

using Conformance.Infrastructure;
using Conformance.Payload.Head;

namespace Conformance.Drivers.Payload;

/// <summary>A HEAD answer's headers, content headers included, reach the caller.</summary>
public sealed class HeadDriver(Spector spector) : Driver(spector)
{
    [Scenario]
    public Task Payload_Head_contentTypeHeaderInResponse() => Run(async http =>
    {
        ApiResponse response = await new HeadClient(http).ContentTypeHeaderInResponseWithResponseAsync();
        Assert.Equal("text/plain; charset=utf-8", Assert.Single(response.Headers["Content-Type"]));
        Assert.Equal("hello", Assert.Single(response.Headers["x-ms-meta"]));
    });
}

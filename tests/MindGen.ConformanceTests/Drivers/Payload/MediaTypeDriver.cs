using Conformance.Infrastructure;
using Conformance.Payload.MediaType;

namespace Conformance.Drivers.Payload;

/// <summary>A string body as JSON (<c>"foo"</c>) and as text (<c>{cat}</c>), each way, with the matching Content-Type and Accept.</summary>
public sealed class MediaTypeDriver(Spector spector) : Driver(spector)
{
    private static MediaTypeClient Client(HttpClient http) => new(http);

    [Scenario] public Task Payload_MediaType_StringBody_getAsJson() => Run(async http => Assert.Equal("foo", await Client(http).StringBodyGetAsJsonAsync()));
    [Scenario] public Task Payload_MediaType_StringBody_getAsText() => Run(async http => Assert.Equal("{cat}", await Client(http).StringBodyGetAsTextAsync()));
    [Scenario] public Task Payload_MediaType_StringBody_sendAsJson() => Run(http => Client(http).StringBodySendAsJsonAsync("foo"));
    [Scenario] public Task Payload_MediaType_StringBody_sendAsText() => Run(http => Client(http).StringBodySendAsTextAsync("{cat}"));
}

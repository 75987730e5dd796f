using Conformance.Infrastructure;
using Conformance.Payload.ContentNegotiation;

namespace Conformance.Drivers.Payload;

/// <summary>The caller's <c>Accept</c> header parameter picks the answer: PNG or JPEG bytes, or PNG bytes or a JSON object.</summary>
public sealed class ContentNegotiationDriver(Spector spector) : Driver(spector)
{
    private static ContentNegotiationClient Client(HttpClient http) => new(http);

    [Scenario]
    public Task Payload_ContentNegotiation_SameBody() => Run(async http =>
    {
        await AssertAsset("image.png", await Client(http).SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAsync(SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAccept.ImagePng));
        await AssertAsset("image.jpg", await Client(http).SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAsync(SameBodyGetAvatarAsPngSameBodyGetAvatarAsJpegAccept.ImageJpeg));
    });

    // Expected to fail (expected-failures.txt): an operation reads one representation, JSON where one is offered, so
    // the PNG answer fails to read as JSON.
    [Scenario]
    public Task Payload_ContentNegotiation_DifferentBody() => Run(async http =>
    {
        byte[] png = await File.ReadAllBytesAsync(Spector.Asset("image.png"));
        Assert.Equal(png, (await Client(http).DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAsync(DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAccept.ApplicationJson)).Content);
        await Client(http).DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAsync(DifferentBodyGetAvatarAsPngDifferentBodyGetAvatarAsJsonAccept.ImagePng);
    });

}

using Conformance.Encode.Bytes;
using Conformance.Infrastructure;

namespace Conformance.Drivers.Encode;

/// <summary>Bytes as base64 (<c>byte[]</c>) or base64url text in queries, headers and JSON, and as raw bodies.</summary>
public sealed class BytesDriver(Spector spector) : Driver(spector)
{
    private static readonly byte[] Test = "test"u8.ToArray();
    private const string Base64Url = "dGVzdA";

    private static BytesJsonContext Json => BytesJsonContext.Default;

    private static BytesClient Client(HttpClient http) => new(http);

    [Scenario] public Task Encode_Bytes_Query_default() => Run(http => Client(http).QueryDefaultAsync(Test));
    [Scenario] public Task Encode_Bytes_Query_base64() => Run(http => Client(http).QueryBase64Async(Test));
    [Scenario] public Task Encode_Bytes_Query_base64url() => Run(http => Client(http).QueryBase64urlAsync(Base64Url));
    [Scenario] public Task Encode_Bytes_Query_base64urlArray() => Run(http => Client(http).QueryBase64urlArrayAsync([Base64Url, Base64Url]));
    [Scenario] public Task Encode_Bytes_Header_default() => Run(http => Client(http).HeaderDefaultAsync(Test));
    [Scenario] public Task Encode_Bytes_Header_base64() => Run(http => Client(http).HeaderBase64Async(Test));
    [Scenario] public Task Encode_Bytes_Header_base64url() => Run(http => Client(http).HeaderBase64urlAsync(Base64Url));
    [Scenario] public Task Encode_Bytes_Header_base64urlArray() => Run(http => Client(http).HeaderBase64urlArrayAsync([Base64Url, Base64Url]));

    [Scenario] public Task Encode_Bytes_Property_default() => Echoes((http, body) => Client(http).PropertyDefaultAsync(body), Json.DefaultBytesProperty);
    [Scenario] public Task Encode_Bytes_Property_base64() => Echoes((http, body) => Client(http).PropertyBase64Async(body), Json.Base64BytesProperty);
    [Scenario] public Task Encode_Bytes_Property_base64url() => Echoes((http, body) => Client(http).PropertyBase64urlAsync(body), Json.Base64urlBytesProperty);
    [Scenario] public Task Encode_Bytes_Property_base64urlArray() => Echoes((http, body) => Client(http).PropertyBase64urlArrayAsync(body), Json.Base64urlArrayBytesProperty);

    [Scenario] public Task Encode_Bytes_RequestBody_base64() => Run(http => Client(http).RequestBodyBase64Async(Test));
    [Scenario] public Task Encode_Bytes_RequestBody_base64url() => Run(http => Client(http).RequestBodyBase64urlAsync(Test));
    [Scenario] public Task Encode_Bytes_ResponseBody_base64() => Run(async http => Assert.Equal(Test, await Client(http).ResponseBodyBase64Async()));
    [Scenario] public Task Encode_Bytes_ResponseBody_base64url() => Run(async http => Assert.Equal(Base64Url, await Client(http).ResponseBodyBase64urlAsync()));

    [Scenario] public Task Encode_Bytes_RequestBody_default() => Run(http => Client(http).RequestBodyDefaultAsync(Image()));
    [Scenario] public Task Encode_Bytes_RequestBody_octetStream() => Run(http => Client(http).RequestBodyOctetStreamAsync(Image()));
    [Scenario] public Task Encode_Bytes_RequestBody_customContentType() => Run(http => Client(http).RequestBodyCustomContentTypeAsync(Image()));
    [Scenario] public Task Encode_Bytes_ResponseBody_default() => Run(async http => await SameAsImage(await Client(http).ResponseBodyDefaultAsync()));
    [Scenario] public Task Encode_Bytes_ResponseBody_octetStream() => Run(async http => await SameAsImage(await Client(http).ResponseBodyOctetStreamAsync()));
    [Scenario] public Task Encode_Bytes_ResponseBody_customContentType() => Run(async http => await SameAsImage(await Client(http).ResponseBodyCustomContentTypeAsync()));

    private static FileStream Image() => File.OpenRead(Spector.Asset("image.png"));

    private static async Task SameAsImage(Stream body)
    {
        using var read = new MemoryStream();
        await body.CopyToAsync(read);
        Assert.Equal(await File.ReadAllBytesAsync(Spector.Asset("image.png")), read.ToArray());
    }
}

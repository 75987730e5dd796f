using Conformance.Infrastructure;
using Conformance.Payload.Multipart;

namespace Conformance.Drivers.Payload;

/// <summary>
/// <c>multipart/form-data</c>: text, JSON and file parts, arrays of files, optional parts, wire names, and the file
/// part's name and media type (the caller's, the one the document declares, or <c>application/octet-stream</c>).
/// </summary>
public sealed class MultipartDriver(Spector spector) : Driver(spector)
{
    private static readonly Address City = new() { City = "X" };

    private static readonly Address[] PreviousCities = [new() { City = "Y" }, new() { City = "Z" }];

    private static MultipartClient Client(HttpClient http) => new(http);

    private static FileParameter Jpg(string name = "image.jpg", string? contentType = null) => new(File.OpenRead(Spector.Asset("image.jpg")), name, contentType);

    private static FileParameter Png(string name = "image.png") => new(File.OpenRead(Spector.Asset("image.png")), name);

    [Scenario] public Task Payload_MultiPart_FormData_anonymousModel() => Run(http => Client(http).FormDataAnonymousModelAsync(Jpg()));
    [Scenario] public Task Payload_MultiPart_FormData_basic() => Run(http => Client(http).FormDataBasicAsync("123", Jpg()));
    [Scenario] public Task Payload_MultiPart_FormData_withWireName() => Run(http => Client(http).FormDataWithWireNameAsync("123", Jpg()));
    [Scenario] public Task Payload_MultiPart_FormData_jsonPart() => Run(http => Client(http).FormDataJsonPartAsync(City, Jpg()));
    [Scenario] public Task Payload_MultiPart_FormData_binaryArrayParts() => Run(http => Client(http).FormDataBinaryArrayPartsAsync("123", [Png(), Png()]));
    [Scenario] public Task Payload_MultiPart_FormData_fileArrayAndBasic() => Run(http => Client(http).FormDataFileArrayAndBasicAsync("123", City, Jpg(), [Png(), Png()]));
    [Scenario] public Task Payload_MultiPart_FormData_checkFileNameAndContentType() => Run(http => Client(http).FormDataCheckFileNameAndContentTypeAsync("123", Jpg("hello.jpg", "image/jpg")));
    [Scenario] public Task Payload_MultiPart_FormData_File_uploadFileArray() => Run(http => Client(http).FileUploadFileArrayAsync([Png("image1.png"), Png("image2.png")]));
    [Scenario] public Task Payload_MultiPart_FormData_File_uploadFileRequiredFilename() => Run(http => Client(http).FileUploadFileRequiredFilenameAsync(Png()));
    [Scenario] public Task Payload_MultiPart_FormData_File_uploadFileSpecificContentType() => Run(http => Client(http).FileUploadFileSpecificContentTypeAsync(Png()));
    [Scenario] public Task Payload_MultiPart_FormData_HttpParts_ContentType_imageJpegContentType() => Run(http => Client(http).ContentTypeImageJpegContentTypeAsync(Jpg("hello.jpg")));
    [Scenario] public Task Payload_MultiPart_FormData_HttpParts_ContentType_requiredContentType() => Run(http => Client(http).ContentTypeRequiredContentTypeAsync(Jpg()));
    [Scenario] public Task Payload_MultiPart_FormData_HttpParts_jsonArrayAndFileArray() => Run(http => Client(http).HttpPartsJsonArrayAndFileArrayAsync("123", City, Jpg(), PreviousCities, [Png(), Png()]));
    [Scenario] public Task Payload_MultiPart_FormData_HttpParts_NonString_float() => Run(http => Client(http).NonStringFloatAsync(0.5));

    [Scenario]
    public Task Payload_MultiPart_FormData_HttpParts_ContentType_optionalContentType() => Run(async http =>
    {
        await Client(http).ContentTypeOptionalContentTypeAsync(Jpg());
        await Client(http).ContentTypeOptionalContentTypeAsync(Jpg(contentType: "application/octet-stream"));
    });

    [Scenario]
    public Task Payload_MultiPart_FormData_multiBinaryParts() => Run(async http =>
    {
        await Client(http).FormDataMultiBinaryPartsAsync(Jpg());
        await Client(http).FormDataMultiBinaryPartsAsync(Jpg(), Png());
    });

    [Scenario]
    public Task Payload_MultiPart_FormData_optionalParts() => Run(async http =>
    {
        await Client(http).FormDataOptionalPartsAsync(id: "123");
        await Client(http).FormDataOptionalPartsAsync(profileImage: Jpg());
        await Client(http).FormDataOptionalPartsAsync("123", Jpg());
    });
}

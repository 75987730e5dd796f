using System.Text;
using Conformance.Infrastructure;
using Conformance.Type.File;

namespace Conformance.Drivers.Type;

/// <summary>A file as the whole body, each way: of any media type (the caller names it), a specific one, one of several, and JSON (bytes as they are).</summary>
public sealed class FileDriver(Spector spector) : Driver(spector)
{
    private const string JsonFile = """{"message":"test file content"}""";

    private static FileClient Client(HttpClient http) => new(http);

    private static FileStream Png() => System.IO.File.OpenRead(Spector.Asset("image.png"));

    [Scenario] public Task Type_File_Body_uploadFileDefaultContentType() => Run(http => Client(http).BodyUploadFileDefaultContentTypeAsync(Png(), "image/png"));
    [Scenario] public Task Type_File_Body_uploadFileSpecificContentType() => Run(http => Client(http).BodyUploadFileSpecificContentTypeAsync(Png()));
    [Scenario] public Task Type_File_Body_uploadFileMultipleContentTypes() => Run(http => Client(http).BodyUploadFileMultipleContentTypesAsync(Png()));
    [Scenario] public Task Type_File_Body_uploadFileJsonContentType() => Run(http => Client(http).BodyUploadFileJsonContentTypeAsync(new MemoryStream(Encoding.UTF8.GetBytes(JsonFile))));
    [Scenario] public Task Type_File_Body_downloadFileDefaultContentType() => Run(async http => await AssertAsset("image.png", await Client(http).BodyDownloadFileDefaultContentTypeAsync()));
    [Scenario] public Task Type_File_Body_downloadFileSpecificContentType() => Run(async http => await AssertAsset("image.png", await Client(http).BodyDownloadFileSpecificContentTypeAsync()));
    [Scenario] public Task Type_File_Body_downloadFileMultipleContentTypes() => Run(async http => await AssertAsset("image.png", await Client(http).BodyDownloadFileMultipleContentTypesAsync()));
    [Scenario] public Task Type_File_Body_downloadFileJsonContentType() => Run(async http => Assert.Equal(JsonFile, await new StreamReader(await Client(http).BodyDownloadFileJsonContentTypeAsync()).ReadToEndAsync()));

}

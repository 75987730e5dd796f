using System.Text;
using Features;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>Request bodies other than JSON: forms, multipart with files, raw streams, text.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task A_form_body_sends_its_members_as_pairs()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, "[]");
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).SearchAsync(new SearchRequest { Q = "lamp & light", Page = 2, Tags = ["a", "b"] });

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal("q=lamp+%26+light&page=2&tags=a&tags=b", request.Body);
    }

    [Fact]
    public async Task A_multipart_body_sends_files_with_their_names_and_types_and_the_other_members()
    {
        var parts = new List<string>();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            IFormCollection form = await context.Request.ReadFormAsync();
            foreach (IFormFile file in form.Files)
            {
                using var reader = new StreamReader(file.OpenReadStream());
                parts.Add($"{file.Name}:{file.FileName}:{file.ContentType}:{await reader.ReadToEndAsync()}");
            }

            parts.AddRange(form.Where(field => field.Key != "photo").Select(field => $"{field.Key}={field.Value}"));
            context.Response.StatusCode = 204;
        });
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).UploadPhotoAsync(
            "7",
            new FileParameter(new MemoryStream(Encoding.UTF8.GetBytes("JPEGDATA")), "lamp.jpg", "image/jpeg"),
            extras: [new FileParameter(new MemoryStream(Encoding.UTF8.GetBytes("X")), "x.bin")],
            caption: "on",
            rating: 5,
            meta: new NewItem { Name = "n", Price = 1m });

        Assert.Equal(
            ["photo:lamp.jpg:image/jpeg:JPEGDATA", "extras:x.bin:application/octet-stream:X", "caption=on", "rating=5", "meta={\"name\":\"n\",\"price\":1}"],
            parts);
    }

    [Fact]
    public async Task A_binary_body_streams_the_callers_bytes()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient("v2/");

        await new FeaturesClient(http).PutRawAsync("7", new MemoryStream([0x41, 0x42]));
        await new FeaturesClient(http).PutNoteAsync("7", "héllo");

        Assert.Equal(("application/octet-stream", "AB"), (server.Requests[0].Headers["Content-Type"], server.Requests[0].Body));
        Assert.Equal(("text/plain; charset=utf-8", "héllo"), (server.Requests[1].Headers["Content-Type"], server.Requests[1].Body));
    }
}

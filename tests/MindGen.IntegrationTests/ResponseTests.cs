using System.Text;
using Features;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>Responses other than a JSON success: typed errors, text, binary streams.</summary>
public sealed class ResponseTests
{
    [Theory]
    [InlineData(404, "application/problem+json", """{"type":"about:blank","title":"Not Found","status":404,"detail":"no item 7"}""")]
    [InlineData(500, "application/json", """{"title":"Boom","status":500}""")]
    public async Task A_documented_error_body_is_parsed_into_ApiException_of_its_type(int status, string contentType, string body)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        using HttpClient http = server.CreateClient("v2/");

        ApiException<Problem> exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => new FeaturesClient(http).GetItemAsync("7"));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(status, exception.Error.Status);
        Assert.Equal(body, exception.ResponseBody);
        Assert.Equal("getItem", exception.OperationId);
    }

    [Fact]
    public async Task A_status_range_uses_its_own_error_type()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(409, """{"message":"taken"}""");
        using HttpClient http = server.CreateClient("v2/");

        ApiException<GetItemError4XX> exception = await Assert.ThrowsAsync<ApiException<GetItemError4XX>>(() => new FeaturesClient(http).GetItemAsync("7"));
        Assert.Equal("taken", exception.Error.Message);
    }

    [Fact]
    public async Task An_error_body_that_is_not_the_documented_one_is_a_plain_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("<html>not found</html>");
        });
        using HttpClient http = server.CreateClient("v2/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => new FeaturesClient(http).GetItemAsync("7"));
        Assert.IsNotType<ApiException<Problem>>(exception);
        Assert.Equal("<html>not found</html>", exception.ResponseBody);
        Assert.Contains("is not the documented error", exception.Message);
    }

    [Fact]
    public async Task Text_and_binary_responses_are_a_string_and_a_stream()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47];
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            bool image = context.Request.Path.Value!.EndsWith("/image", StringComparison.Ordinal);
            context.Response.ContentType = image ? "image/png" : "text/plain; charset=utf-8";
            await context.Response.Body.WriteAsync(image ? png : Encoding.UTF8.GetBytes("Read me ✓"));
        });
        using HttpClient http = server.CreateClient("v2/");
        var client = new FeaturesClient(http);

        Assert.Equal("Read me ✓", await client.GetReadmeAsync("7"));
        await using Stream image = await client.GetImageAsync("7");
        using var copy = new MemoryStream();
        await image.CopyToAsync(copy);
        Assert.Equal(png, copy.ToArray());
    }
}

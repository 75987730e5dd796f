using Conformance.Infrastructure;
using BodyOrNoContent = Conformance.Response.BodyOrNoContent;
using StatusCodeRange = Conformance.Response.StatusCodeRange;

namespace Conformance.Drivers.Response;

/// <summary>
/// Answers: a 200 with a body or a 204 without one from the same operation (null, never a failed read), and typed errors
/// chosen by the most specific status the document declares (404 before 4XX, 494 before default).
/// </summary>
public sealed class ResponseDriver(Spector spector) : Driver(spector)
{
    private static BodyOrNoContent.BodyOrNoContentClient Bodies(HttpClient http) => new(http);

    private static StatusCodeRange.StatusCodeRangeClient Errors(HttpClient http) => new(http);

    [Scenario]
    public Task Response_BodyOrNoContent_getBody() => Run(async http =>
    {
        BodyOrNoContent.ApiResponse<BodyOrNoContent.BlobLayout?> response = await Bodies(http).GetBodyWithResponseAsync();
        Assert.Equal((200, "hello", "body-request"), (response.StatusCode, response.Body?.Content, response.Headers["x-ms-request-id"][0]));
    });

    [Scenario]
    public Task Response_BodyOrNoContent_getNoContent() => Run(async http =>
    {
        BodyOrNoContent.ApiResponse<BodyOrNoContent.BlobLayout?> response = await Bodies(http).GetNoContentWithResponseAsync();
        Assert.Equal((204, null, "no-content-request"), (response.StatusCode, response.Body, response.Headers["x-ms-request-id"][0]));
    });

    [Scenario]
    public Task Response_StatusCodeRange_errorResponseStatusCode404() => Run(async http =>
    {
        var error = await Assert.ThrowsAsync<StatusCodeRange.ApiException<StatusCodeRange.NotFoundError>>(() => Errors(http).ErrorResponseStatusCode404Async());
        Assert.Equal((404, "not-found", "resource1"), (error.StatusCode, error.Error.Code, error.Error.ResourceId));
    });

    [Scenario]
    public Task Response_StatusCodeRange_errorResponseStatusCodeInRange() => Run(async http =>
    {
        var error = await Assert.ThrowsAsync<StatusCodeRange.ApiException<StatusCodeRange.ErrorInRange>>(() => Errors(http).ErrorResponseStatusCodeInRangeAsync());
        Assert.Equal((494, "request-header-too-large", "Request header too large"), (error.StatusCode, error.Error.Code, error.Error.Message));
    });
}

using Inventory;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>
/// A spec split over files (Specs/split): the referenced files are AdditionalFiles of this project, and
/// the client built from them talks to a real server.
/// </summary>
public sealed class MultiFileSpecTests
{
    [Fact]
    public async Task Models_and_parameters_from_other_files_work_on_the_wire()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """{"sku":"A-1","price":{"amount":12.50,"currency":"EUR"}}""");
        using HttpClient http = server.CreateClient();

        Item item = await new InventoryClient(http).GetItemAsync("A 1");

        Assert.Equal("/items/A%201", Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(12.50m, item.Price.Amount);
        Assert.Equal(Currency.EUR, item.Price.Currency);
    }

    [Fact]
    public async Task An_error_response_from_another_file_is_typed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync("""{"title":"Not found","detail":"A-2"}""");
        });
        using HttpClient http = server.CreateClient();

        ApiException<Problem> exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => new InventoryClient(http).GetItemAsync("A-2"));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("A-2", exception.Error.Detail);
    }
}

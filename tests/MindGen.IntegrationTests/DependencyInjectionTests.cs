using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>services.AddEnneoMindClient(): a typed client from the HTTP client factory.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_registered_client_uses_the_configured_base_address_and_credentials()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, Fixtures.ExampleWorklogs);
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services
            .AddEnneoMindClient(options => options.BearerAuthToken = "di-token")
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(server.Root, "api/mind/"));
        Assert.Equal(nameof(IEnneoMindClient), builder.Name);

        await using ServiceProvider provider = services.BuildServiceProvider();
        IEnneoMindClient client = provider.GetRequiredService<IEnneoMindClient>();
        IReadOnlyList<TicketWorklog> worklogs = await client.GetTicketWorklogsAsync(8821);

        Assert.IsType<EnneoMindClient>(client);
        Assert.Equal(2, worklogs.Count);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/api/mind/ticket/8821/worklog", request.PathAndQuery);
        Assert.Equal("Bearer di-token", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task The_builder_takes_the_standard_resilience_handler_which_retries_a_503()
    {
        int calls = 0;
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 503 : 200;
            await context.Response.WriteAsync(context.Response.StatusCode == 200 ? "[]" : "busy");
        });
        var services = new ServiceCollection();
        services.AddEnneoMindClient()
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(server.Root, "api/mind/"))
            .AddStandardResilienceHandler(options => options.Retry.Delay = TimeSpan.FromMilliseconds(10));

        await using ServiceProvider provider = services.BuildServiceProvider();
        IReadOnlyList<TicketWorklog> worklogs = await provider.GetRequiredService<IEnneoMindClient>().GetTicketWorklogsAsync(1);

        Assert.Empty(worklogs);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task The_standard_handler_told_to_spare_unsafe_methods_sends_a_POST_answered_500_once()
    {
        int calls = 0;
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref calls);
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("failed");
        });
        var services = new ServiceCollection();
        Events.EventsClientServiceCollectionExtensions.AddEventsClient(services)
            .ConfigureHttpClient(http => http.BaseAddress = server.Root)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(10);
                resilience.Retry.DisableForUnsafeHttpMethods();
            });

        await using ServiceProvider provider = services.BuildServiceProvider();
        await Assert.ThrowsAsync<Events.ApiException>(() => provider.GetRequiredService<Events.IEventsClient>().CompleteAsync(new Events.ChatRequest { Model = "m" }));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void It_can_be_called_without_arguments()
    {
        var services = new ServiceCollection();
        services.AddEnneoMindClient();
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<IEnneoMindClient>());
    }
}

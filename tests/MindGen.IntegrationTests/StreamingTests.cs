using System.Text;
using Enneo.Mind;
using Microsoft.AspNetCore.Http;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>IAsyncEnumerable variants of array responses: items arrive one by one, memory stays flat.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task Streams_the_vendor_example_item_by_item()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, Fixtures.ExampleWorklogs);
        using HttpClient http = server.CreateClient("api/mind/");

        var ids = new List<long>();
        await foreach (TicketWorklog worklog in new EnneoMindClient(http).StreamTicketWorklogsAsync(8821))
        {
            ids.Add(worklog.Id!.Value);
        }

        Assert.Equal([551L, 552L], ids);
        Assert.Equal("/api/mind/ticket/8821/worklog", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_large_array_streams_with_flat_memory()
    {
        // About 120 MB of worklogs, written by the server as it goes; the client must never hold them all.
        const int count = 250_000;
        string item = ItemTemplate();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            var chunk = new StringBuilder();
            await context.Response.WriteAsync("[");
            for (int i = 0; i < count; i++)
            {
                chunk.Append(i == 0 ? string.Empty : ",").Append(item.Replace("\"id\":551", "\"id\":" + i));
                if (chunk.Length > 64 * 1024)
                {
                    await context.Response.WriteAsync(chunk.ToString());
                    chunk.Clear();
                }
            }

            await context.Response.WriteAsync(chunk.Append(']').ToString());
        });
        using HttpClient http = server.CreateClient("api/mind/");

        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long seen = 0;
        await foreach (TicketWorklog worklog in new EnneoMindClient(http).StreamTicketWorklogsAsync(1))
        {
            Assert.Equal(seen++, worklog.Id);
            if (seen % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - baseline);
            }
        }

        Assert.Equal(count, seen);
        Assert.True(peak < 64L * 1024 * 1024, $"the managed heap grew by {peak / (1024 * 1024)} MB while streaming {count * (long)item.Length / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_malformed_item_stops_the_stream_with_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """[{"id":1},{"id":"two"},{"id":3}]""");
        using HttpClient http = server.CreateClient("api/mind/");
        var ids = new List<long?>();

        ApiException exception = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (TicketWorklog worklog in new EnneoMindClient(http).StreamTicketWorklogsAsync(1))
            {
                ids.Add(worklog.Id);
            }
        });

        Assert.DoesNotContain(3L, ids); // items of one buffer are parsed before the first is yielded
        Assert.Contains("getTicketWorklogs", exception.Message);
        Assert.Contains("expected an integer (Int64), found a string", exception.Message);
    }

    [Fact]
    public async Task An_unsuccessful_status_fails_before_any_item()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(404, """{"error":"Ticket not found"}""");
        using HttpClient http = server.CreateClient("api/mind/");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (TicketWorklog _ in new EnneoMindClient(http).StreamTicketWorklogsAsync(1))
            {
            }
        });
        Assert.Equal(404, exception.StatusCode);
    }

    [Fact]
    public async Task Sends_when_enumeration_starts_and_honours_the_enumerators_token()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, Fixtures.ExampleWorklogs);
        using HttpClient http = server.CreateClient("api/mind/");
        IAsyncEnumerable<TicketWorklog> worklogs = new EnneoMindClient(http).StreamTicketWorklogsAsync(8821);
        Assert.Empty(server.Requests);

        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (TicketWorklog _ in worklogs.WithCancellation(cancellation.Token))
            {
            }
        });

        // Each enumeration sends its own request: the stream is a recipe, not one pending response.
        for (int round = 0; round < 2; round++)
        {
            int count = 0;
            await foreach (TicketWorklog _ in worklogs)
            {
                count++;
            }

            Assert.Equal(2, count);
        }

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal("/api/mind/ticket/8821/worklog", request.PathAndQuery));
    }

    [Fact]
    public async Task The_interface_can_stand_in_for_the_client()
    {
        IEnneoMindClient client = new FakeClient();
        Assert.Equal(7, (await client.GetTicketWorklogsAsync(7)).Single().TicketId);
    }

    private static string ItemTemplate() =>
        System.Text.Json.Nodes.JsonNode.Parse(Fixtures.ExampleWorklogs)![0]!.ToJsonString();

    private sealed class FakeClient : IEnneoMindClient
    {
        public Task<IReadOnlyList<TicketWorklog>> GetTicketWorklogsAsync(long ticketId, CancellationToken cancellationToken = default, RequestOptions? requestOptions = null) =>
            Task.FromResult<IReadOnlyList<TicketWorklog>>([new TicketWorklog { TicketId = ticketId }]);

        public async Task<ApiResponse<IReadOnlyList<TicketWorklog>>> GetTicketWorklogsWithResponseAsync(long ticketId, CancellationToken cancellationToken = default, RequestOptions? requestOptions = null) =>
            new(200, new Dictionary<string, IReadOnlyList<string>>(), await GetTicketWorklogsAsync(ticketId, cancellationToken));

        public async IAsyncEnumerable<TicketWorklog> StreamTicketWorklogsAsync(long ticketId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default, RequestOptions? requestOptions = null)
        {
            foreach (TicketWorklog worklog in await GetTicketWorklogsAsync(ticketId, cancellationToken))
            {
                yield return worklog;
            }
        }
    }
}

using Events;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// Fakes of operations that stream (Specs/events.yaml): a stub's items framed as the spec says (server-sent events with
/// their terminator, JSON lines, a JSON text sequence), read back by the client's streaming methods.
/// </summary>
public sealed class StreamingFakeTests
{
    [Fact]
    public async Task Server_sent_events_beside_json_stream_the_stubs_items_and_the_json_method_still_gets_json()
    {
        var fake = new EventsClientFake();
        fake.CreateChatCompletion.ReturnsEvents([new ChatChunk { Id = "c1", Delta = "Hel" }, new ChatChunk { Id = "c1", Delta = "lo" }]);
        EventsClient client = fake.CreateClient();

        List<ChatChunk> chunks = await ListAsync(client.CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m" }));

        Assert.Equal(["Hel", "lo"], chunks.Select(chunk => chunk.Delta));
        Assert.True(Assert.Single(fake.CreateChatCompletion.Calls).Body.Stream);
    }

    [Fact]
    public async Task An_unstubbed_call_that_asks_for_the_stream_gets_one_item_the_schema_allows()
    {
        var fake = new EventsClientFake();
        EventsClient client = fake.CreateClient();

        ChatChunk chunk = Assert.Single(await ListAsync(client.CreateChatCompletionStreamingAsync(new ChatRequest { Model = "m" })));
        Assert.NotNull(chunk.Id);
        Assert.Single(await ListAsync(client.ExportItemsStreamingAsync()));
        Assert.Single(await ListAsync(client.ExportRecordsStreamingAsync()));
    }

    [Fact]
    public async Task Json_lines_text_events_and_json_text_sequences_are_framed_as_their_media_types_say()
    {
        var fake = new EventsClientFake();
        fake.ExportItems.ReturnsEvents([new Item { Id = 1 }, new Item { Id = 2 }]);
        fake.ExportRecords.ReturnsEvents([new Item { Id = 3 }]);
        fake.TailLogs.ReturnsEvents(["first line", "two\nlines"]);
        EventsClient client = fake.CreateClient();

        Assert.Equal([1L, 2L], (await ListAsync(client.ExportItemsStreamingAsync())).Select(item => item.Id));
        Assert.Equal(3, Assert.Single(await ListAsync(client.ExportRecordsStreamingAsync())).Id);
        Assert.Equal(["first line", "two\nlines"], await ListAsync(client.TailLogsStreamingAsync()));
        Assert.Equal("text/event-stream", fake.TailLogs.Calls[0].RequestHeaders["Accept"]);
    }

    [Fact]
    public void Items_of_another_type_or_for_an_operation_that_does_not_stream_fail_at_the_stub()
    {
        var fake = new EventsClientFake();

        var wrongType = Assert.Throws<ContractViolationException>(() => fake.ExportItems.ReturnsEvents(["not an item"]));
        var noStream = Assert.Throws<ContractViolationException>(() => fake.ImportItems.ReturnsEvents([new Item { Id = 1 }]));

        Assert.EndsWith("the spec streams items of type Item, not String.", wrongType.Message);
        Assert.EndsWith("the spec declares no stream of items for this operation.", noStream.Message);
    }
}

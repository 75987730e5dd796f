using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;
using OpenAI;

namespace MindGen.IntegrationTests;

/// <summary>
/// OpenAI's own spec, generated as a user would (Specs/openai), against a loopback server that answers as OpenAI's API
/// does: the same operation returns JSON or server-sent events as the request's <c>stream</c> member asks.
/// </summary>
public sealed class OpenAiStreamingTests
{
    [Fact]
    public async Task A_chat_completion_as_JSON()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """
            {"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"gpt-4o-2024-08-06",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello!","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11},"service_tier":"default"}
            """);
        using HttpClient http = server.CreateClient("v1/");

        CreateChatCompletionResponse completion = await new OpenAIClient(http).CreateChatCompletionAsync(Chat());

        Assert.Equal("Hello!", Assert.Single(completion.Choices).Message.Content);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.PathAndQuery);
        Assert.Equal("application/json", request.Headers["Accept"]);
        using JsonDocument body = JsonDocument.Parse(request.Body);
        Assert.False(body.RootElement.GetProperty("stream").GetBoolean());
        Assert.Equal("user", body.RootElement.GetProperty("messages")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_chat_completion_streamed_chunk_by_chunk()
    {
        // As OpenAI sends them: a chunk per event, finish_reason null until the last, then [DONE].
        string Chunk(string delta, string? finish) =>
            $$"""data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{{delta}},"logprobs":null,"finish_reason":{{finish ?? "null"}}}]}""" + "\n\n";
        await using LoopbackServer server = await ServingEventsAsync(
            Chunk("""{"role":"assistant","content":"","refusal":null}""", null),
            Chunk("""{"content":"Hel"}""", null),
            Chunk("""{"content":"lo!"}""", null),
            Chunk("{}", "\"stop\""),
            "data: [DONE]\n\n");
        using HttpClient http = server.CreateClient("v1/");

        var text = new StringBuilder();
        string? finish = null;
        await foreach (CreateChatCompletionStreamResponse chunk in new OpenAIClient(http).CreateChatCompletionStreamingAsync(Chat()))
        {
            CreateChatCompletionStreamResponseChoice choice = Assert.Single(chunk.Choices);
            text.Append(choice.Delta.Content);
            finish = choice.FinishReason?.Value ?? finish;
        }

        Assert.Equal("Hello!", text.ToString());
        Assert.Equal("stop", finish);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("text/event-stream", request.Headers["Accept"]);
        using JsonDocument body = JsonDocument.Parse(request.Body);
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task A_response_streamed_as_typed_events()
    {
        // The Responses API names each event; the data's type says the same and picks the class.
        await using LoopbackServer server = await ServingEventsAsync(
            "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":" + Response("in_progress") + "}\n\n",
            "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi \",\"logprobs\":[]}\n\n",
            "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":2,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"there\",\"logprobs\":[]}\n\n",
            "event: response.future_event\ndata: {\"type\":\"response.future_event\",\"sequence_number\":3,\"novel\":true}\n\n",
            "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":4,\"response\":" + Response("completed") + "}\n\n");
        using HttpClient http = server.CreateClient("v1/");

        var text = new StringBuilder();
        var kinds = new List<string>();
        await foreach (ResponseStreamEvent streamEvent in new OpenAIClient(http).CreateResponseStreamingAsync(new CreateResponse { Model = (ModelIdsShared)"gpt-4o", Input = "Say hi" }))
        {
            kinds.Add(streamEvent.GetType().Name);
            if (streamEvent is ResponseTextDeltaEvent delta)
            {
                text.Append(delta.Delta);
            }
        }

        Assert.Equal("Hi there", text.ToString());
        // An event type the spec does not know yet reads as the base class, its members kept.
        Assert.Equal(["ResponseCreatedEvent", "ResponseTextDeltaEvent", "ResponseTextDeltaEvent", "ResponseStreamEvent", "ResponseCompletedEvent"], kinds);
        using JsonDocument body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task A_response_as_JSON()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, Response("completed"));
        using HttpClient http = server.CreateClient("v1/");

        Response response = await new OpenAIClient(http).CreateResponseAsync(new CreateResponse { Model = (ModelIdsShared)"gpt-4o", Input = "Say hi" });

        Assert.Equal("resp_1", response.Id);
        using JsonDocument body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.False(body.RootElement.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task The_readme_example_runs()
    {
        await using LoopbackServer server = await ServingEventsAsync(
            """data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""" + "\n\n",
            "data: [DONE]\n\n");
        using HttpClient http = server.CreateClient("v1/");
        string apiKey = "sk-test";
        CancellationToken cancellationToken = CancellationToken.None;
        var written = new StringBuilder();

        // README.md, "Streaming", writing into a StringBuilder instead of the console.
        var openAi = new OpenAIClient(http, new OpenAIClientOptions { ApiKeyAuthToken = apiKey });
        var request = new CreateChatCompletionRequest { Model = "gpt-4o", Messages = [new ChatCompletionRequestUserMessage { Content = "Say hello" }] };
        await foreach (CreateChatCompletionStreamResponse chunk in openAi.CreateChatCompletionStreamingAsync(request, cancellationToken))
        {
            written.Append(chunk.Choices[0].Delta.Content);
        }

        Assert.Equal("Hi", written.ToString());
        Assert.Equal("Bearer sk-test", Assert.Single(server.Requests).Headers["Authorization"]);
    }

    private static CreateChatCompletionRequest Chat() => new()
    {
        Model = "gpt-4o",
        Messages = [new ChatCompletionRequestUserMessage { Content = "Say hello" }],
    };

    // A response object as the API returns it (its required members, and some of the rest, null where it sends null).
    private static string Response(string status) =>
        $$$"""{"id":"resp_1","object":"response","created_at":1767225600,"status":"{{{status}}}","error":null,"incomplete_details":null,"instructions":null,"max_output_tokens":null,"model":"gpt-4o-2024-08-06","output":[],"parallel_tool_calls":true,"previous_response_id":null,"store":true,"temperature":1.0,"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","user":null,"metadata":{}}""";

    private static Task<LoopbackServer> ServingEventsAsync(params string[] events) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream; charset=utf-8";
            foreach (string item in events)
            {
                await context.Response.WriteAsync(item);
                await context.Response.Body.FlushAsync();
            }
        });
}

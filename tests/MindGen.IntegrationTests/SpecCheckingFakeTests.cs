using System.Text;
using Features;

namespace MindGen.IntegrationTests;

/// <summary>
/// Generated fakes of larger specs: the features spec's bodies, errors and parameter styles, and OpenAI's own spec
/// with its unions, each called through its client.
/// </summary>
public sealed class SpecCheckingFakeTests
{
    [Fact]
    public async Task A_declared_error_reaches_the_client_as_its_typed_exception()
    {
        var fake = new FeaturesClientFake();
        FeaturesClient client = fake.CreateClient();
        fake.GetItem.Fails(404, new Problem { Title = "No such item", Status = 404 });
        var notFound = await Assert.ThrowsAsync<ApiException<Problem>>(() => client.GetItemAsync("x"));
        fake.GetItem.Fails(422);
        var unprocessable = await Assert.ThrowsAnyAsync<ApiException>(() => client.GetItemAsync("x"));

        Assert.Equal((404, "getItem", "No such item"), (notFound.StatusCode, notFound.OperationId, notFound.Error!.Title));
        Assert.Equal("application/problem+json", notFound.Headers["Content-Type"][0]);
        Assert.Equal(422, unprocessable.StatusCode);
        Assert.Throws<ContractViolationException>(() => fake.DeleteItem.Fails(503));
    }

    [Fact]
    public async Task A_body_the_schema_does_not_allow_fails_at_the_stub_or_at_the_request()
    {
        var fake = new FeaturesClientFake();
        using HttpClient http = fake.CreateHttpClient();

        var stub = Assert.Throws<ContractViolationException>(() => fake.GetItem.Fails(404, """{"status":"gone"}"""));
        var request = await Assert.ThrowsAsync<ContractViolationException>(() => http.PostAsync("items", new StringContent("""{"name":"pen","price":"cheap"}""", Encoding.UTF8, "application/json")));
        var missing = await Assert.ThrowsAsync<ContractViolationException>(() => http.PostAsync("items", new StringContent("""{"name":"pen"}""", Encoding.UTF8, "application/json")));

        Assert.Contains("the body given for the 404 response does not match its schema", stub.Message);
        Assert.Contains("$.status", stub.Message);
        Assert.StartsWith("POST /items (createItem in features.yaml): the request body does not match NewItem:", request.Message);
        Assert.Contains("$.price", request.Message);
        Assert.Contains("price", missing.Message);
    }

    [Fact]
    public async Task Parameters_are_read_in_their_styles_and_typed()
    {
        var fake = new FeaturesClientFake();
        FeaturesClient client = fake.CreateClient();

        await client.ListItemsAsync(tag: ["a", "b"], since: new DateOnly(2024, 1, 2), limit: 5, minPrice: 9.5m, status: [Status.Live]);
        await client.StylesAsync([1, 2], ["x", "y"], ["m"], new Point { X = 1, Y = 2 }, csv: ["c", "d"], spaced: ["s t"], piped: [3, 4], xIds: [7, 8], session: "abc");

        FeaturesClientFake.ListItemsCall list = Assert.Single(fake.ListItems.Calls);
        Assert.Equal(["a", "b"], list.Tag);
        Assert.Equal((new DateOnly(2024, 1, 2), 5, 9.5m), (list.Since, list.Limit, list.MinPrice));
        Assert.Equal(Status.Live, Assert.Single(list.Status!));
        FeaturesClientFake.StylesCall styles = Assert.Single(fake.Styles.Calls);
        Assert.Equal([1L, 2L], styles.List);
        Assert.Equal(["c", "d"], styles.Csv);
        Assert.Equal([3L, 4L], styles.Piped);
        Assert.Equal([7L, 8L], styles.XIds);
        Assert.Equal("abc", styles.Session);
    }

    [Fact]
    public async Task A_union_request_body_is_read_as_the_spec_types_it_and_the_default_answer_satisfies_the_schema()
    {
        var fake = new OpenAI.OpenAIClientFake();

        OpenAI.CreateChatCompletionResponse completion = await fake.CreateClient().CreateChatCompletionAsync(new OpenAI.CreateChatCompletionRequest
        {
            Model = "gpt-4o",
            Messages = [new OpenAI.ChatCompletionRequestUserMessage { Content = "Say hello" }],
        });

        Assert.NotNull(completion.Choices);
        OpenAI.OpenAIClientFake.CreateChatCompletionCall call = Assert.Single(fake.CreateChatCompletion.Calls);
        Assert.IsType<OpenAI.ChatCompletionRequestUserMessage>(Assert.Single(call.Body.Messages));
    }
}

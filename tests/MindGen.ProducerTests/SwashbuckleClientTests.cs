using Clients.Swashbuckle;
using MindGen.ProducerTests.Infrastructure;
using Server = TodoApi;

namespace MindGen.ProducerTests;

/// <summary>
/// Swashbuckle's document (OpenAPI 3.0, inheritance as allOf, choices as oneOf, the discriminator a
/// required member of the base, a decimal described as a double, a TimeSpan as date-span).
/// </summary>
public sealed class SwashbuckleClientTests(TodoServer server) : IClassFixture<TodoServer>
{
    private static readonly Server.TodoItem Sample = Server.TodoEndpoints.Sample(5_000_000_000, "Read");

    [Fact]
    public async Task Reads_every_type_the_server_writes()
    {
        using HttpClient http = server.CreateClient();
        AssertSame(Sample, await new TodoClient(http).GetTodoAsync(Sample.Id));
    }

    [Fact]
    public async Task Sends_every_type_the_server_reads()
    {
        using HttpClient http = server.CreateClient();
        TodoItem sent = await new TodoClient(http).GetTodoAsync(Sample.Id);
        sent.Title = "Sent";

        AssertSame(Sample with { Title = "Sent" }, await new TodoClient(http).EchoTodoAsync(sent));
    }

    [Fact]
    public async Task A_choice_of_subclasses_is_their_base_and_the_required_discriminator_sets_itself()
    {
        using HttpClient http = server.CreateClient();
        var client = new TodoClient(http);

        // Swashbuckle lists `kind` as required on Shape; still `new Circle { Radius = 2 }` is complete.
        Circle circle = Assert.IsType<Circle>(await client.GrowShapeAsync(new Circle { Radius = 2, Label = "c" }));
        Square square = Assert.IsType<Square>(await client.GrowShapeAsync(new Square { Side = 3 }));

        Assert.Equal((4d, "c!", "circle"), (circle.Radius, circle.Label, circle.Kind));
        Assert.Equal((6d, "square"), (square.Side, square.Kind));
    }

    [Fact]
    public async Task An_array_query_parameter_and_a_header_reach_the_server()
    {
        using HttpClient http = server.CreateClient();
        IReadOnlyList<TodoItem> todos = await new TodoClient(http).ListTodosAsync(["a", "b c"], "acme");
        Assert.Equal(["acme:a", "acme:b c"], todos.Select(todo => todo.Title));
    }

    [Fact]
    public async Task A_file_and_a_form_field_are_uploaded()
    {
        using HttpClient http = server.CreateClient();
        using var content = new MemoryStream("twelve bytes"u8.ToArray());

        UploadResult result = await new TodoClient(http).UploadFileAsync(file: new FileParameter(content, "notes.txt", "text/plain"), note: "first");

        Assert.Equal(("notes.txt", 12L, "text/plain", "first"), (result.FileName, result.Length, result.ContentType, result.Note));
    }

    [Fact]
    public async Task Problem_details_and_validation_problems_arrive_typed()
    {
        using HttpClient http = server.CreateClient();
        var client = new TodoClient(http);

        ApiException<ProblemDetails> missing = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => client.GetTodoAsync(Server.TodoEndpoints.MissingId));
        ApiException<HttpValidationProblemDetails> invalid = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(() => client.DoubleQuantityAsync(0));

        Assert.Equal(("No such todo", 404), (missing.Error.Title, missing.Error.Status));
        Assert.Equal(["Must be at least 1."], invalid.Error.Errors!["quantity"]);
    }

    [Fact]
    public async Task A_text_response_is_a_string() =>
        Assert.Equal("Hello, Ada!", await new TodoClient(server.CreateClient()).SayHelloAsync("Ada"));

    private static void AssertSame(Server.TodoItem expected, TodoItem actual)
    {
        Assert.Equal((expected.Id, expected.Title, expected.Priority, (double)expected.Budget, expected.Progress), (actual.Id, actual.Title, actual.Priority, actual.Budget, actual.Progress));
        Assert.Equal((expected.Due, expected.RemindAt, expected.Estimate, expected.Key, expected.Link), (actual.Due, actual.RemindAt, actual.Estimate, actual.Key, actual.Link));
        Assert.Equal((expected.CreatedAt, expected.CreatedAt.Offset, expected.Done, expected.Note), (actual.CreatedAt, actual.CreatedAt!.Value.Offset, actual.Done, actual.Note));
        Assert.Equal(expected.Attachment, actual.Attachment);
        Assert.Equal(expected.Counters, actual.Counters);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal((long)expected.State, actual.State!.Value.Value);
    }
}

using Clients.AspNetCoreOpenApi;
using MindGen.ProducerTests.Infrastructure;
using Server = TodoApi;

namespace MindGen.ProducerTests;

/// <summary>
/// Microsoft.AspNetCore.OpenApi's document (OpenAPI 3.1, every number also a string, a TimeSpan by its
/// pattern, polymorphism as anyOf with an enum of one value on each subtype): the server's C# comes back.
/// </summary>
public sealed class AspNetCoreOpenApiClientTests(TodoServer server) : IClassFixture<TodoServer>
{
    private static readonly Server.TodoItem Sample = Server.TodoEndpoints.Sample(5_000_000_000, "Read");

    [Fact]
    public async Task Reads_every_type_the_server_writes_as_its_own_csharp_type()
    {
        using HttpClient http = server.CreateClient();
        TodoItem read = await new TodoClient(http).GetTodoAsync(Sample.Id);
        AssertSame(Sample, read);
    }

    [Fact]
    public async Task Sends_every_type_the_server_reads()
    {
        using HttpClient http = server.CreateClient();
        TodoItem sent = await new TodoClient(http).GetTodoAsync(Sample.Id);
        sent.Title = "Sent";
        sent.Note = "with a note";

        TodoItem echoed = await new TodoClient(http).EchoTodoAsync(sent);

        AssertSame(Sample with { Title = "Sent", Note = "with a note" }, echoed);
    }

    [Fact]
    public async Task A_polymorphic_body_goes_out_with_its_discriminator_first_and_comes_back_as_its_class()
    {
        using HttpClient http = server.CreateClient();
        var client = new TodoClient(http);

        // Nobody sets `kind`: each class sets its own, and the server's System.Text.Json wants it first.
        ShapeCircle circle = Assert.IsType<ShapeCircle>(await client.GrowShapeAsync(new ShapeCircle { Radius = 2, Label = "c" }));
        ShapeSquare square = Assert.IsType<ShapeSquare>(await client.GrowShapeAsync(new ShapeSquare { Side = 3 }));

        Assert.Equal((4d, "c!"), (circle.Radius, circle.Label));
        Assert.Equal((6d, "!"), (square.Side, square.Label));
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

        Assert.Equal((404, "No such todo", 404), (missing.StatusCode, missing.Error.Title, missing.Error.Status));
        Assert.Equal(["Must be at least 1."], invalid.Error.Errors!["quantity"]);
        Assert.Equal(8, await client.DoubleQuantityAsync(4));
    }

    [Fact]
    public async Task A_text_response_is_a_string() =>
        Assert.Equal("Hello, Ada!", await new TodoClient(server.CreateClient()).SayHelloAsync("Ada"));

    private static void AssertSame(Server.TodoItem expected, TodoItem actual)
    {
        Assert.Equal((expected.Id, expected.Title, expected.Priority, expected.Budget, expected.Progress), (actual.Id, actual.Title, actual.Priority, actual.Budget, actual.Progress));
        Assert.Equal((expected.Due, expected.RemindAt, expected.Estimate, expected.Key, expected.Link), (actual.Due, actual.RemindAt, actual.Estimate, actual.Key, actual.Link));
        Assert.Equal((expected.CreatedAt, expected.CreatedAt.Offset, expected.Done, expected.Note), (actual.CreatedAt, actual.CreatedAt.Offset, actual.Done, actual.Note));
        Assert.Equal(expected.Attachment, actual.Attachment);
        Assert.Equal(expected.Counters, actual.Counters);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal((long)expected.State, actual.State);
    }
}

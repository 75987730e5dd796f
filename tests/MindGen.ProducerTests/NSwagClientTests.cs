using Clients.NSwag;
using MindGen.ProducerTests.Infrastructure;
using Server = TodoApi;

namespace MindGen.ProducerTests;

/// <summary>
/// NSwag's document (OpenAPI 3.0, NJsonSchema: a TimeSpan as format duration in .NET's own format, a Guid
/// as format guid, enum member names in x-enumNames, every string result described as JSON).
/// </summary>
public sealed class NSwagClientTests(TodoServer server) : IClassFixture<TodoServer>
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
    public async Task The_enum_of_numbers_has_the_servers_member_names()
    {
        using HttpClient http = server.CreateClient();
        Assert.Equal(TodoState.InProgress, (await new TodoClient(http).GetTodoAsync(1)).State);
        Assert.Equal(["Open", "InProgress", "Finished"], typeof(TodoState).GetProperties().Where(property => property.PropertyType == typeof(TodoState)).Select(property => property.Name));
    }

    [Fact]
    public async Task A_polymorphic_body_goes_out_with_its_discriminator_first_and_comes_back_as_its_class()
    {
        using HttpClient http = server.CreateClient();
        Circle circle = Assert.IsType<Circle>(await new TodoClient(http).GrowShapeAsync(new Circle { Radius = 2, Label = "c" }));
        Assert.Equal((4d, "c!"), (circle.Radius, circle.Label));
    }

    [Fact]
    public async Task The_form_field_nswag_describes_as_a_query_parameter_is_rejected_by_the_server()
    {
        // NSwag 14.8 describes [FromForm] string note as a query parameter; the client does what the
        // document says, and the server answers 400, which arrives as an ApiException with its body.
        using HttpClient http = server.CreateClient();
        using var content = new MemoryStream("twelve bytes"u8.ToArray());

        ApiException rejected = await Assert.ThrowsAnyAsync<ApiException>(() => new TodoClient(http).UploadFileAsync("first", new FileParameter(content, "notes.txt", "text/plain")));

        Assert.Equal(400, rejected.StatusCode);
    }

    [Fact]
    public async Task A_string_documented_as_json_but_served_as_text_is_the_text() =>
        Assert.Equal("Hello, Ada!", await new TodoClient(server.CreateClient()).SayHelloAsync("Ada"));

    private static void AssertSame(Server.TodoItem expected, TodoItem actual)
    {
        Assert.Equal((expected.Id, expected.Title, expected.Priority, expected.Budget, expected.Progress), (actual.Id, actual.Title, actual.Priority, actual.Budget, actual.Progress));
        Assert.Equal((expected.Due, expected.RemindAt, expected.Estimate, expected.Key, expected.Link), (actual.Due, actual.RemindAt, actual.Estimate, actual.Key, actual.Link));
        Assert.Equal((expected.CreatedAt, expected.CreatedAt.Offset, expected.Done, expected.Note), (actual.CreatedAt, actual.CreatedAt!.Value.Offset, actual.Done, actual.Note));
        Assert.Equal(expected.Attachment, actual.Attachment);
        Assert.Equal(expected.Counters, actual.Counters);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal((long)expected.State, actual.State!.Value.Value);
    }
}

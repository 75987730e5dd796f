using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace TodoApi;

/// <summary>
/// The endpoints, mapped alike by every producer app and by the tests' own server. Each has a name, which
/// every producer turns into its operationId.
/// </summary>
public static class TodoEndpoints
{
    /// <summary>Beyond <see cref="int.MaxValue"/>, so that a 32-bit id would not survive.</summary>
    public const long MissingId = 404;

    public static IEndpointRouteBuilder MapTodoApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/todos/{id}", Results<Ok<TodoItem>, NotFound<ProblemDetails>> (long id) =>
            id == MissingId
                ? TypedResults.NotFound(new ProblemDetails { Title = "No such todo", Status = 404, Detail = $"Todo {id} does not exist." })
                : TypedResults.Ok(Sample(id, "Read")))
            .WithName("GetTodo");

        app.MapPost("/todos", (TodoItem todo) => TypedResults.Ok(todo)).WithName("EchoTodo");

        app.MapGet("/todos", ([FromQuery] string[] tags, [FromHeader(Name = "X-Tenant")] string tenant) =>
            TypedResults.Ok(tags.Select((tag, index) => Sample(index + 1, tenant + ":" + tag)).ToList()))
            .WithName("ListTodos");

        app.MapPost("/shapes", (Shape shape) => TypedResults.Ok(shape switch
        {
            Circle circle => (Shape)(circle with { Radius = circle.Radius * 2, Label = circle.Label + "!" }),
            Square square => square with { Side = square.Side * 2, Label = square.Label + "!" },
            _ => shape,
        })).WithName("GrowShape");

        app.MapPost("/files", async (IFormFile file, [FromForm] string note) =>
        {
            using var reader = new StreamReader(file.OpenReadStream());
            string text = await reader.ReadToEndAsync();
            return TypedResults.Ok(new UploadResult(file.FileName, text.Length, file.ContentType, note));
        }).WithName("UploadFile").DisableAntiforgery();

        app.MapGet("/quantities/{quantity}", Results<Ok<int>, ValidationProblem> (int quantity) =>
            quantity < 1
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["quantity"] = ["Must be at least 1."] })
                : TypedResults.Ok(quantity * 2))
            .WithName("DoubleQuantity");

        app.MapGet("/hello/{name}", (string name) => $"Hello, {name}!").WithName("SayHello");
        return app;
    }

    /// <summary>A todo with every member set, different for each id.</summary>
    public static TodoItem Sample(long id, string title) => new(
        id,
        title,
        Priority: 3,
        Budget: 1234.5678m,
        Progress: 0.25,
        Due: new DateOnly(2026, 12, 24),
        RemindAt: new TimeOnly(9, 30, 15),
        Estimate: new TimeSpan(1, 2, 30, 0),
        Key: new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        Link: new Uri("https://todo.example/items/" + id),
        Attachment: [1, 2, 3, 250],
        Counters: new Dictionary<string, int> { ["views"] = 7, ["edits"] = 2 },
        CreatedAt: new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.FromHours(2)),
        Done: false,
        Note: null,
        State: TodoState.InProgress,
        Tags: ["home", "urgent"]);
}

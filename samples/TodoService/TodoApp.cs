using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TodoService;

/// <summary>The service: its endpoints over an in-memory store, and its OpenAPI document.</summary>
public static class TodoApp
{
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOpenApi();
        WebApplication app = builder.Build();
        app.MapOpenApi();

        var todos = new ConcurrentDictionary<long, Todo>();
        long lastId = 5_000_000_000;

        app.MapPost("/todos", (NewTodo todo) =>
        {
            var created = new Todo(Interlocked.Increment(ref lastId), todo.Title, todo.Due, todo.Estimate, todo.Budget, false, todo.Tags);
            todos[created.Id] = created;
            return TypedResults.Created($"/todos/{created.Id}", created);
        }).WithName("CreateTodo");

        app.MapGet("/todos/{id}", Results<Ok<Todo>, NotFound<ProblemDetails>> (long id) =>
            todos.TryGetValue(id, out Todo? todo)
                ? TypedResults.Ok(todo)
                : TypedResults.NotFound(new ProblemDetails { Title = "No such todo", Status = 404, Detail = $"There is no todo {id}." }))
            .WithName("GetTodo");

        app.MapGet("/todos", ([FromQuery] string? tag) =>
            TypedResults.Ok(todos.Values.Where(todo => tag is null || todo.Tags.Contains(tag)).OrderBy(todo => todo.Id).ToList()))
            .WithName("ListTodos");

        app.MapPost("/reminders", (Reminder reminder) => TypedResults.Ok(reminder switch
        {
            EmailReminder email => $"We will email {email.Address} about todo {email.TodoId}.",
            TextReminder text => $"We will text {text.PhoneNumber} about todo {text.TodoId}.",
            _ => "Unknown channel.",
        })).WithName("ScheduleReminder");

        return app;
    }
}

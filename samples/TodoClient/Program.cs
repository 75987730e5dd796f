using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Todos.Client;

// Starts TodoService on 127.0.0.1 in this process (or talks to the one at --base-url), then uses the client
// MindGen generated from the service's own OpenAPI document: the service's C# types, typed errors.
string? baseUrl = args.SkipWhile(arg => arg != "--base-url").Skip(1).FirstOrDefault();
WebApplication? service = null;
if (baseUrl is null)
{
    service = TodoService.TodoApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
    await service.StartAsync();
    baseUrl = service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
}

using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var client = new TodoClient(http);

Todo created = await client.CreateTodoAsync(new NewTodo { Title = "Write the report", Due = new DateOnly(2026, 12, 24), Estimate = TimeSpan.FromHours(2.5), Budget = 120.50m, Tags = ["work"] });
await client.CreateTodoAsync(new NewTodo { Title = "Buy a present", Due = new DateOnly(2026, 12, 20), Estimate = TimeSpan.FromMinutes(45), Budget = 30m, Tags = ["home"] });
Console.WriteLine($"created   #{created.Id} {created.Title}: due {created.Due:yyyy-MM-dd}, {created.Estimate} of work, budget {created.Budget}");

foreach (Todo todo in await client.ListTodosAsync(tag: "home"))
{
    Console.WriteLine($"home      #{todo.Id} {todo.Title} ({todo.Estimate})");
}

Console.WriteLine("reminder  " + await client.ScheduleReminderAsync(new ReminderEmailReminder { TodoId = created.Id, Address = "ada@example.com" }));

try
{
    await client.GetTodoAsync(42);
}
catch (ApiException<ProblemDetails> missing)
{
    Console.WriteLine($"not found {missing.StatusCode}: {missing.Error.Title} ({missing.Error.Detail})");
}

if (service is not null)
{
    await service.DisposeAsync();
}

return 0;

// Run on its own: dotnet run --project samples/TodoService (its document: /openapi/v1.json).
TodoService.TodoApp.Build(args).Run();

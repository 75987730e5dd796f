using System.Text.Json.Serialization;

namespace TodoService;

/// <summary>A todo, as the service stores and sends it. Edit it, build, and TodoClient's Todo follows.</summary>
public sealed record Todo(long Id, string Title, DateOnly Due, TimeSpan Estimate, decimal Budget, bool Done, List<string> Tags);

/// <summary>What a caller sends to create a todo.</summary>
public sealed record NewTodo(string Title, DateOnly Due, TimeSpan Estimate, decimal Budget, List<string> Tags);

/// <summary>A reminder: by email or by text message, told apart by <c>channel</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "channel")]
[JsonDerivedType(typeof(EmailReminder), "email")]
[JsonDerivedType(typeof(TextReminder), "text")]
public abstract record Reminder(long TodoId);

public sealed record EmailReminder(long TodoId, string Address) : Reminder(TodoId);

public sealed record TextReminder(long TodoId, string PhoneNumber) : Reminder(TodoId);

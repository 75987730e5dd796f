namespace MindGen.Model;

/// <summary>
/// The document's first server: its absolute URL with the variables' defaults (used when the HttpClient has no
/// BaseAddress), and its variables, each an option the caller may set to pick another server.
/// </summary>
/// <param name="DefaultUrl">The URL with every variable at its default, ending in <c>/</c>; null when that is not an absolute http(s) URL.</param>
/// <param name="Url">The URL template: literal text, and variables by their option's name.</param>
public sealed record ServerModel(string? DefaultUrl, EquatableArray<PathPart> Url, EquatableArray<ServerVariableModel> Variables);

/// <summary>A server variable, set through the options property <paramref name="PropertyName"/>.</summary>
/// <param name="Name">The variable's name in the URL template.</param>
/// <param name="Allowed">The values the document allows (its <c>enum</c>); empty when any is.</param>
public sealed record ServerVariableModel(string Name, string PropertyName, string Default, EquatableArray<string> Allowed, string? Description);

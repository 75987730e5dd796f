namespace MindGen.Model;

/// <summary>
/// A generated "open" enum: a struct with a named instance per listed value that also carries any value
/// the spec does not list, so a server that adds a value breaks nothing and loses nothing.
/// </summary>
/// <param name="Name">The C# struct name.</param>
/// <param name="IsInteger">The values are integers (<c>long</c>) rather than strings.</param>
/// <param name="Members">The listed values, in spec order.</param>
public sealed record EnumModel(string Name, string? Description, bool IsInteger, EquatableArray<EnumMemberModel> Members);

/// <summary>One listed value: its C# name and its value on the wire (the text of a string, the digits of an integer).</summary>
public sealed record EnumMemberModel(string Name, string Value);

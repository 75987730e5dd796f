namespace MindGen.Model;

/// <summary>
/// Server-sent events the spec tells apart by their <c>event</c> field (OpenAPI 3.2: an <c>itemSchema</c> whose
/// <c>oneOf</c> branches each fix <c>event</c> with a <c>const</c>): an abstract class with a nested class per named
/// event, holding its data as that event's schema says, and <c>Unknown</c> for any other, so nothing is dropped.
/// </summary>
/// <param name="Name">The abstract class.</param>
/// <param name="Events">The named events, in spec order.</param>
public sealed record EventUnionModel(string Name, EquatableArray<NamedEventModel> Events);

/// <summary>One named event of an <see cref="EventUnionModel"/>.</summary>
/// <param name="EventType">Its <c>event</c> field, as on the wire.</param>
/// <param name="CaseName">Its nested class, unique in the union.</param>
/// <param name="Description">What the spec says of it.</param>
/// <param name="DataType">What its data is: read through the JSON context, or a string when the data is text.</param>
/// <param name="DataIsJson">Whether its data is JSON for the context to read; else the text itself.</param>
public sealed record NamedEventModel(string EventType, string CaseName, string? Description, TypeRef DataType, bool DataIsJson);

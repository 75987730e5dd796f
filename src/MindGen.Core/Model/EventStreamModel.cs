namespace MindGen.Model;

/// <summary>
/// A success response that is a stream of items rather than one body: server-sent events, JSON lines or JSON
/// text sequences. The operation gets a <c>…StreamingAsync</c> method that yields the items as they arrive.
/// </summary>
/// <param name="MethodName">The method that yields the items: <c>CreateChatCompletionStreamingAsync</c>.</param>
/// <param name="ResponseMethodName">The method that returns the stream once the response has arrived, with its status and headers.</param>
/// <param name="Format">How the items are framed on the wire.</param>
/// <param name="MediaType">The media type the document gives the stream, as it spells it: the request's <c>Accept</c>.</param>
/// <param name="ItemType">
/// What each item is: read through the JSON context, or for events whose data is text, a string; for named events,
/// their <see cref="Union"/>'s class.
/// </param>
/// <param name="ItemIsJson">Whether an item (an event's <c>data</c>) is JSON for the context to read; else it is the text itself.</param>
/// <param name="RequestFlag">
/// The wire name of the request body's boolean member that asks for the stream (OpenAI's <c>stream</c>), when the
/// operation answers with another body too: the plain method sends it false, the streaming one true.
/// </param>
/// <param name="Terminator">The data that ends the stream (<c>[DONE]</c> for server-sent events unless an extension names another); null for none.</param>
/// <param name="Union">For server-sent events the spec tells apart by their <c>event</c> field: the class per event.</param>
public sealed record EventStreamModel(string MethodName, string ResponseMethodName, EventStreamFormat Format, string MediaType, TypeRef ItemType, bool ItemIsJson, string? RequestFlag, string? Terminator, EventUnionModel? Union = null)
{
    /// <summary>
    /// Kubernetes' watch (<c>application/json;stream=watch</c>): each line is an event of a type (<c>ADDED</c>,
    /// <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c>) and an <see cref="ItemType"/> object; the methods yield <c>WatchEvent&lt;T&gt;</c>.
    /// </summary>
    public bool IsWatch { get; init; }

    /// <summary>The wire name of a boolean query parameter that asks for the stream (Kubernetes' <c>watch</c>): the streaming methods send it true.</summary>
    public string? QueryFlag { get; init; }
}

/// <summary>How the items of a stream are framed.</summary>
public enum EventStreamFormat
{
    /// <summary><c>text/event-stream</c>: events of <c>data</c>, <c>event</c>, <c>id</c> and <c>retry</c> lines, per the WHATWG rules.</summary>
    ServerSentEvents,

    /// <summary><c>application/x-ndjson</c>, <c>application/jsonl</c> and their kin: one JSON value per line.</summary>
    JsonLines,

    /// <summary><c>application/json-seq</c> (RFC 7464): each JSON value after a record separator (0x1E).</summary>
    JsonSequence,
}

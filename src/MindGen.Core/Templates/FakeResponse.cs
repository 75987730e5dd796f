// Template: emitted into a spec's namespace as <Namespace>.FakeResponse.g.cs beside the fake (MindGenFake): what a fake
// answers with: a response the spec declares for an operation (with the body it answers when no stub gives one), a
// stream of items, and a body cut short. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// A response the spec declares for an operation: its key (<c>200</c>, <c>4XX</c>, <c>default</c>), media type, the
/// metadata of its JSON body, and two bodies to answer with when no stub gives one: the spec's example and one
/// MindGen made from the schema. Whichever reads back as the schema says serves, the example first.
/// </summary>
internal sealed class FakeResponse
{
    private readonly string? _example;
    private readonly string? _sample;
    private byte[]? _defaultBody;

    public FakeResponse(string status, string? mediaType, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? body, string? example, string? sample)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
        _example = example;
        _sample = sample;
    }

    /// <summary>What an operation without a success in its spec answers: 200 without a body.</summary>
    public static global::MindGen.Templates.FakeResponse NoContent { get; } = new global::MindGen.Templates.FakeResponse("200", null, null, null, null);

    public string Status { get; }

    public string? MediaType { get; }

    public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Body { get; }

    /// <summary>The status a key stands for when a fake answers with it: itself, 200 for 2XX, 500 for default.</summary>
    public int StatusCode => int.TryParse(Status.Replace('X', '0').Replace('x', '0'), global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out int code) ? code : 500;

    /// <summary>The spec's example when it matches the schema, else MindGen's; null for a response without a body.</summary>
    public byte[]? DefaultBody(global::MindGen.Templates.FakeOperation operation)
    {
        if (_defaultBody is not null || (_example is null && _sample is null))
        {
            return _defaultBody;
        }

        string? problem = null;
        foreach (string? candidate in new[] { _example, _sample })
        {
            if (candidate is not null && (problem = Problem(global::System.Text.Encoding.UTF8.GetBytes(candidate))) is null)
            {
                return _defaultBody = global::System.Text.Encoding.UTF8.GetBytes(candidate);
            }
        }

        throw new global::MindGen.Templates.ContractViolationException($"{operation.Describe()}: the {Status} response has no example that matches its schema ({problem}); give the stub a body.");
    }

    /// <summary>Returns <paramref name="body"/> when it reads back as the response's schema says; else throws, naming what does not match.</summary>
    public byte[] Check(global::MindGen.Templates.FakeOperation operation, byte[] body)
    {
        return Problem(body) is { } problem
            ? throw new global::MindGen.Templates.ContractViolationException($"{operation.Describe()}: the body given for the {Status} response does not match its schema: {problem}")
            : body;
    }

    private string? Problem(byte[] body)
    {
        if (Body is null)
        {
            return null;
        }

        try
        {
            global::System.Text.Json.JsonSerializer.Deserialize(body, Body);
            return null;
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            return exception.Message;
        }
    }
}

/// <summary>
/// A stream of items the spec declares as an operation's success (server-sent events, JSON lines, a JSON text
/// sequence): how a fake frames the items a stub gives, ended as the API ends it (<c>data: [DONE]</c>).
/// </summary>
internal sealed class FakeStream
{
    private readonly string _format;
    private readonly string? _terminator;
    private readonly string? _sample;

    /// <param name="format"><c>sse</c>, <c>jsonl</c> or <c>json-seq</c>.</param>
    /// <param name="mediaType">The stream's media type as the spec spells it, which the request's Accept names.</param>
    /// <param name="item">The metadata of an item's JSON; null when an item is the text itself.</param>
    /// <param name="terminator">The data that ends the stream (<c>[DONE]</c>); null for none.</param>
    /// <param name="sample">One item a fake streams when no stub gives any (JSON, or the text).</param>
    public FakeStream(string format, string mediaType, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? item, string? terminator, string? sample)
    {
        _format = format;
        MediaType = mediaType;
        Item = item;
        _terminator = terminator;
        _sample = sample;
    }

    public string MediaType { get; }

    public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Item { get; }

    /// <summary>The items framed as the stream's media type says; an item of another type than the spec's is a violation.</summary>
    public byte[] Frame<TItem>(global::MindGen.Templates.FakeOperation operation, global::System.Collections.Generic.IEnumerable<TItem> items)
    {
        var data = new global::System.Collections.Generic.List<string>();
        foreach (TItem item in items)
        {
            if (Item is global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TItem> typeInfo)
            {
                data.Add(global::System.Text.Json.JsonSerializer.Serialize(item, typeInfo));
            }
            else if (Item is null && item is string text)
            {
                data.Add(text);
            }
            else
            {
                throw new global::MindGen.Templates.ContractViolationException($"{operation.Describe()}: the spec streams items of type {(Item is null ? "string" : Item.Type.Name)}, not {typeof(TItem).Name}.");
            }
        }

        return Frame(data);
    }

    /// <summary>The stream of one item built from the schema, for a call without a stub that asks for the stream.</summary>
    public byte[] DefaultBody() => Frame(_sample is null ? global::System.Array.Empty<string>() : new[] { _sample });

    private byte[] Frame(global::System.Collections.Generic.IEnumerable<string> data)
    {
        var text = new global::System.Text.StringBuilder();
        foreach (string item in data)
        {
            Append(text, item);
        }

        if (_terminator is not null)
        {
            Append(text, _terminator);
        }

        return global::System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    // An event's data over as many data: lines as it has lines; a JSON line; a record separator before a JSON text.
    private void Append(global::System.Text.StringBuilder text, string item)
    {
        switch (_format)
        {
            case "sse":
                foreach (string line in item.Replace("\r\n", "\n").Split('\n'))
                {
                    text.Append("data: ").Append(line).Append('\n');
                }

                text.Append('\n');
                break;
            case "json-seq":
                text.Append('\u001e').Append(item).Append('\n');
                break;
            default:
                text.Append(item).Append('\n');
                break;
        }
    }
}

/// <summary>A body whose first half arrives and whose second never does: reading it throws as a dropped connection does.</summary>
internal sealed class FakeCutBody : global::System.Net.Http.HttpContent
{
    private readonly byte[] _body;

    public FakeCutBody(byte[] body, string? mediaType)
    {
        _body = body;
        Headers.TryAddWithoutValidation("Content-Type", mediaType ?? "application/json");
    }

    protected override async global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context)
    {
        await stream.WriteAsync(_body, 0, _body.Length / 2).ConfigureAwait(false);
        throw new global::System.IO.IOException("The fake cut the connection midway through the body (an injected fault).");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

// Template: emitted into a spec's namespace as <Namespace>.FakeResponse.g.cs beside the fake (MindGenFake): a response
// the spec declares for an operation, with the body a fake answers when no stub gives one. Not compiled into MindGen
// itself; a test compiles it (TemplateTests).
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

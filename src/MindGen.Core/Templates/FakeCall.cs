// Template: emitted into a spec's namespace as <Namespace>.FakeCall.g.cs beside the fake (MindGenFake): what a fake
// recorded of a call, which each operation's call class extends with its typed parameters. Not compiled into MindGen
// itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// One request a fake received for an operation; each operation's call class adds its parameters and body, typed
/// (<c>fake.GetPet.Calls[0].PetId</c>).
/// </summary>
public abstract partial class FakeCall
{
    internal FakeCall(global::MindGen.Templates.FakeRequest request)
    {
        OperationId = request.Operation.OperationId;
        HttpMethod = request.Message.Method.Method;
        RequestUri = request.Message.RequestUri!;
        RequestHeaders = request.Headers;
        RequestBody = request.Body;
    }

    /// <summary>The spec's operationId of the operation called.</summary>
    public string OperationId { get; }

    /// <summary>The request's method.</summary>
    public string HttpMethod { get; }

    /// <summary>The request's URI, query included.</summary>
    public global::System.Uri RequestUri { get; }

    /// <summary>Every header sent (content headers included), by case-insensitive name; several values comma-separated.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, string> RequestHeaders { get; }

    /// <summary>The body's bytes as sent; null without a body.</summary>
    public byte[]? RequestBody { get; }

    /// <summary>The body as UTF-8 text; null without a body.</summary>
    public string? RequestText => RequestBody is null ? null : global::System.Text.Encoding.UTF8.GetString(RequestBody);
}

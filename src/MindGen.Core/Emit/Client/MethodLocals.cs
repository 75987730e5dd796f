using System;
using System.Linq;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>
/// The locals of an operation's methods, named after its parameters have theirs: a parameter keeps the name
/// the spec gives it (a form field <c>file</c>, a header <c>request</c>), and the local moves aside
/// (<c>file2</c>, <c>request2</c>). Every local a client method declares comes from here.
/// </summary>
internal sealed class MethodLocals
{
    private readonly UniqueNameScope _scope;

    public MethodLocals(MethodSignature signature)
    {
        _scope = new UniqueNameScope(StringComparer.Ordinal, signature.Items.Select(item => item.Name.TrimStart('@')).Concat(GeneratedNames.Locals.MethodParameters));
        RequestUri = _scope.Take(GeneratedNames.Locals.RequestUri);
        Request = _scope.Take(GeneratedNames.Locals.Request);
        Response = _scope.Take(GeneratedNames.Locals.Response);
        Separator = _scope.Take(GeneratedNames.Locals.Separator);
        Multipart = _scope.Take(GeneratedNames.Locals.Multipart);
        Item = _scope.Take(GeneratedNames.Locals.Item);
        File = _scope.Take(GeneratedNames.Locals.File);
        Status = _scope.Take(GeneratedNames.Locals.Status);
        Token = _scope.Take(GeneratedNames.Locals.Token);
        Streaming = _scope.Take(GeneratedNames.Locals.Streaming);
        LastEventId = _scope.Take(GeneratedNames.Locals.LastEventId);
        PageUri = _scope.Take(GeneratedNames.Locals.PageUri);
        PageToken = _scope.Take(GeneratedNames.Locals.PageToken);
        Page = _scope.Take(GeneratedNames.Locals.Page);
        Headers = _scope.Take(GeneratedNames.Locals.Headers);
    }

    public string RequestUri { get; }

    public string Request { get; }

    public string Response { get; }

    public string Separator { get; }

    public string Multipart { get; }

    /// <summary>An item of an array, in a loop or a lambda.</summary>
    public string Item { get; }

    /// <summary>A file of a list of files.</summary>
    public string File { get; }

    /// <summary>The status of an unsuccessful response, in the lambda that picks its documented error body.</summary>
    public string Status { get; }

    /// <summary>The cancellation token a stream's deferred send receives: the call's, linked to the enumerator's.</summary>
    public string Token { get; }

    /// <summary>
    /// The send core's flag, for an operation that answers with JSON or with a stream: true from the streaming method,
    /// which asks for the stream (<c>Accept</c>, and the request body's flag member) and reads it.
    /// </summary>
    public string Streaming { get; }

    /// <summary>The send core's <c>Last-Event-ID</c>, for an operation that streams server-sent events: set when it resumes.</summary>
    public string LastEventId { get; }

    /// <summary>The send core's address of a page a link named, for a list whose pages link to the next: null for the first page.</summary>
    public string PageUri { get; }

    /// <summary>The token of the page to send (null: the first), in the lambda that sends it.</summary>
    public string PageToken { get; }

    /// <summary>A page's body, in the lambdas that read its items and the token of the next.</summary>
    public string Page { get; }

    /// <summary>The response's headers, in the lambda that types them.</summary>
    public string Headers { get; }

    /// <summary>A local of its own for a value derived from <paramref name="name"/> (<c>idValue</c>, <c>filePart</c>).</summary>
    public string For(string name, string suffix) => _scope.Take(name.TrimStart('@') + suffix);
}

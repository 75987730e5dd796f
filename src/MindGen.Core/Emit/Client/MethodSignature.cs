using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>
/// The parameters of an operation's methods, in the one order its declarations, forwarding calls and docs
/// share: required parameters, the body (or the required multipart parts), optional parameters, optional
/// parts, then the method's own: a page's continuation token, the cancellation token and, last, the per-call
/// options (after the token, so that a call passing its token by position, <c>GetAsync(8821, token)</c>, still does).
/// </summary>
internal sealed class MethodSignature
{
    private readonly EmitContext _context;

    public MethodSignature(EmitContext context, OperationModel operation)
    {
        _context = context;
        EquatableArray<MultipartPartModel> parts = operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty;
        var items = new List<SignatureItem>();
        items.AddRange(operation.Parameters.Where(p => p.IsRequired).Select(p => new SignatureItem(p.Name, p, null, null)));
        if (operation.RequestBody is { Kind: not BodyKind.Multipart } body)
        {
            items.Add(new SignatureItem(body.Name, null, body, null));
        }

        items.AddRange(parts.Where(p => p.IsRequired).Select(p => new SignatureItem(p.Name, null, null, p)));
        items.AddRange(operation.Parameters.Where(p => !p.IsRequired).Select(p => new SignatureItem(p.Name, p, null, null)));
        items.AddRange(parts.Where(p => !p.IsRequired).Select(p => new SignatureItem(p.Name, null, null, p)));
        if (operation.RequestBody?.MediaTypeParameter is { } mediaType)
        {
            items.Add(new SignatureItem(mediaType, null, null, null, IsMediaType: true));
        }

        Items = items;
    }

    /// <summary>The spec's parameters, the body and its parts, in order: what comes before the method's own.</summary>
    public IReadOnlyList<SignatureItem> Items { get; }

    /// <summary>A public method's parameter list, optional parameters with their defaults.</summary>
    public string Declaration() => Declaration([], trailing: null, defaults: true);

    /// <summary>The same, with a parameter of the method's own before the cancellation token (<c>string? continuationToken = null</c>).</summary>
    public string Declaration(string trailing) => Declaration([], trailing, defaults: true);

    /// <summary>
    /// The send core's parameter list, after <paramref name="leading"/>, its own parameters (<c>bool streaming</c>):
    /// without defaults, since every call passes every argument (GitHub's send cores had 3,500 of them).
    /// </summary>
    public string CoreDeclaration(params string[] leading) => Declaration(leading, trailing: null, defaults: false);

    private string Declaration(string[] leading, string? trailing, bool defaults)
    {
        string Default(string value) => defaults ? " = " + value : string.Empty;
        var parts = leading.Concat(Items.Select(item => $"{Type(item)} {item.Name}{(item.IsOptional ? Default("default") : string.Empty)}")).ToList();
        if (trailing is not null)
        {
            parts.Add(trailing);
        }

        parts.Add($"sys::Threading.CancellationToken {GeneratedNames.Locals.CancellationToken}{Default("default")}");
        parts.Add($"{TypeSyntax.Generated(Template.RequestOptions.DeclaredTypes[0])}? {GeneratedNames.Locals.RequestOptions}{Default("null")}");
        return string.Join(", ", parts);
    }

    /// <summary>The same arguments with another cancellation token (or what goes before the per-call options), after <paramref name="leading"/> for the send core's own parameters.</summary>
    public string Arguments(string cancellationToken, params string[] leading) => Arguments(cancellationToken, leading, item => item.Name);

    /// <summary>The same, each parameter passed as <paramref name="argument"/> says (a page's cursor in place of the caller's).</summary>
    public string Arguments(string cancellationToken, IEnumerable<string> leading, Func<SignatureItem, string> argument) =>
        string.Join(", ", leading.Concat(Items.Select(argument)).Append(cancellationToken).Append(GeneratedNames.Locals.RequestOptions));

    private string Type(SignatureItem item) => item switch
    {
        { Parameter: { IsRequired: true } parameter } => TypeSyntax.Name(parameter.Type, parameter.Type.IsNullable),
        { Parameter: { } parameter } => TypeSyntax.Name(parameter.Type, nullable: true),
        { Body: { Kind: BodyKind.JsonLines } lines } => $"sys::Collections.Generic.IAsyncEnumerable<{TypeSyntax.Name(lines.Type, nullable: false)}>{(lines.IsRequired ? string.Empty : "?")}",
        { Body: { } body } => TypeSyntax.Name(body.Type, body.Type.IsNullable || !body.IsRequired),
        { Part: { } part } => PartType(part),
        { IsMediaType: true } => "string?",
        _ => throw new System.InvalidOperationException(),
    };

    // Files are FileParameters (stream, file name, content type); other parts keep their schema's type.
    private string PartType(MultipartPartModel part)
    {
        string file = TypeSyntax.Generated(Template.FileParameter.DeclaredTypes[0]);
        string type = part.IsFile
            ? part.Type is ArrayTypeRef ? $"sys::Collections.Generic.IReadOnlyList<{file}>" : file
            : TypeSyntax.Name(part.Type, part.Type.IsNullable);
        return !part.IsRequired && !type.EndsWith("?", System.StringComparison.Ordinal) ? type + "?" : type;
    }
}

/// <summary>One parameter of an operation's methods: a spec parameter, the body, a multipart part, or the body's media type.</summary>
internal sealed record SignatureItem(string Name, ParameterModel? Parameter, RequestBodyModel? Body, MultipartPartModel? Part, bool IsMediaType = false)
{
    /// <summary>Has a default (<c>= default</c>) in the declaration: optional parameters and parts, the body's media type.</summary>
    public bool IsOptional => Parameter is { IsRequired: false } || Part is { IsRequired: false } || IsMediaType;
}

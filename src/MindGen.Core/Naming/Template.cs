using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace MindGen.Naming;

/// <summary>
/// A file of fixed C# under <c>Templates/</c>, embedded in MindGen: real code the IDE and a test compile,
/// which the emitters write into a spec's namespace and which <see cref="GeneratedNames"/> reads to learn
/// the names it declares. A template is written in namespace <c>MindGen.Templates</c> and names its own
/// types <c>global::MindGen.Templates.X</c>, so moving it is one replacement: by the alias every generated
/// file gives its namespace (<see cref="Emit.Writing.FileHeader.NamespaceAlias"/>); its BCL names take the
/// file's aliases for System.Text.Json and System likewise.
/// </summary>
public sealed class Template
{
    private const string TemplateNamespace = "MindGen.Templates";
    private const string QualifiedPrefix = "global::" + TemplateNamespace + ".";
    private const string JsonContextPrefix = TemplateNamespace + ".JsonContext.";
    private static readonly ConcurrentDictionary<string, Template> Loaded = new(StringComparer.Ordinal);

    private readonly string _declarations;

    private Template(string fileName, string text)
    {
        FileName = fileName;
        string namespaceLine = "namespace " + TemplateNamespace + ";";
        int start = text.IndexOf(namespaceLine, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"Template {fileName} is not in namespace {TemplateNamespace}.");
        }

        _declarations = text.Substring(start + namespaceLine.Length).Replace("\r\n", "\n").Trim('\n') + "\n";
        (DeclaredTypes, DeclaredMembers) = TemplateDeclarations.Scan(_declarations);
    }

    public string FileName { get; }

    /// <summary>The types the template declares at namespace level, in order (a generic one once).</summary>
    public IReadOnlyList<string> DeclaredTypes { get; }

    /// <summary>The members (nested types included) its types declare, constructors and operators left out.</summary>
    public IReadOnlyList<string> DeclaredMembers { get; }

    public static Template ApiException => Load("ApiException.cs");

    public static Template ApiResponse => Load("ApiResponse.cs");

    public static Template FileParameter => Load("FileParameter.cs");

    public static Template ApiStream => Load("ApiStream.cs");

    public static Template Page => Load("Page.cs");

    public static Template ClientRuntime => Load("ClientRuntime.cs");

    public static Template ClientRuntimeDeepObject => Load("ClientRuntime.DeepObject.cs");

    public static Template ClientRuntimeResponses => Load("ClientRuntime.Responses.cs");

    public static Template ClientRuntimeTelemetry => Load("ClientRuntime.Telemetry.cs");

    public static Template ClientRuntimeRetries => Load("ClientRuntime.Retries.cs");

    public static Template RetryOptions => Load("RetryOptions.cs");

    public static Template RequestOptions => Load("RequestOptions.cs");

    public static Template ResponseHeaders => Load("ResponseHeaders.cs");

    public static Template ClientRuntimeTypedHeaders => Load("ClientRuntime.TypedHeaders.cs");

    public static Template ClientRuntimeEventStreams => Load("ClientRuntime.EventStreams.cs");

    public static Template ClientRuntimeEventFraming => Load("ClientRuntime.EventFraming.cs");

    public static Template ClientRuntimeStreamBodies => Load("ClientRuntime.StreamBodies.cs");

    public static Template ClientRuntimePages => Load("ClientRuntime.Pages.cs");

    public static Template Fake => Load("Fake.cs");

    public static Template FakeOperation => Load("FakeOperation.cs");

    public static Template FakeCall => Load("FakeCall.cs");

    public static Template FakeRequest => Load("FakeRequest.cs");

    public static Template FakeResponse => Load("FakeResponse.cs");

    public static Template FakePaging => Load("FakePaging.cs");

    /// <summary>What a project that asks for fakes gets beside each <c>&lt;Client&gt;Fake</c>, in this order.</summary>
    public static IReadOnlyList<Template> FakeParts => [Fake, FakeOperation, FakeCall, FakeRequest, FakeResponse, FakePaging];

    public static Template StringEnum => Load("StringEnum.cs");

    public static Template IntegerEnum => Load("IntegerEnum.cs");

    public static Template Union => Load("Union.cs");

    public static Template UnionDiscriminator => Load("Union.Discriminator.cs");

    /// <summary>
    /// The names of the JSON context's parts (<c>JsonContext.&lt;Part&gt;.cs</c>: helpers emitted only where a
    /// shape needs them), in ordinal order, read from what is embedded: a new part file is a new part.
    /// </summary>
    public static IReadOnlyList<string> JsonContextPartNames { get; } = typeof(Template).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(JsonContextPrefix, StringComparison.Ordinal))
        .Select(name => name.Substring(JsonContextPrefix.Length, name.Length - JsonContextPrefix.Length - ".cs".Length))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<Template> JsonContextParts => JsonContextPartNames.Select(JsonContextPart);

    public static Template JsonContextPart(string name) => Load($"JsonContext.{name}.cs");

    /// <summary>Everything after the namespace line, moved to a generated file's namespace.</summary>
    public string Declarations() => Relocate(_declarations);

    /// <summary>
    /// The body of the template's one type (its members, without the braces), moved to a generated file's
    /// namespace and with the template type renamed to <paramref name="typeName"/> where it refers to itself.
    /// </summary>
    public string Body(string? typeName = null)
    {
        string[] lines = _declarations.Split('\n');
        int open = Array.FindIndex(lines, line => line == "{");
        int close = Array.FindLastIndex(lines, line => line == "}");
        if (open < 0 || close <= open)
        {
            throw new InvalidOperationException($"Template {FileName} does not declare one type at the top level.");
        }

        var body = new StringBuilder();
        for (int i = open + 1; i < close; i++)
        {
            body.Append(lines[i].StartsWith("    ", StringComparison.Ordinal) ? lines[i].Substring(4) : lines[i]).Append('\n');
        }

        string text = body.ToString().TrimEnd('\n');
        if (typeName is not null)
        {
            text = Regex.Replace(text, @"(?<![A-Za-z0-9_])" + Regex.Escape(DeclaredTypes[0]) + "(?![A-Za-z0-9_])", typeName.Replace("$", "$$"));
        }

        return Relocate(text);
    }

    private static string Relocate(string text) => text
        .Replace(QualifiedPrefix, Emit.Writing.FileHeader.NamespaceAlias + "::")
        .Replace("global::System.Text.Json.", Emit.Writing.FileHeader.JsonAlias + "::")
        .Replace("global::System.", Emit.Writing.FileHeader.SystemAlias + "::");

    internal static Template Load(string fileName) => Loaded.GetOrAdd(fileName, static name =>
    {
        using Stream stream = typeof(Template).Assembly.GetManifestResourceStream(TemplateNamespace + "." + name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded in {typeof(Template).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new Template(name, reader.ReadToEnd());
    });
}

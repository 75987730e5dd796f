using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Fake;

/// <summary>
/// Emits <c>&lt;Client&gt;Fake</c>: the spec's API served in memory for tests (the ApiFake template), with a property
/// per operation whose stub says how it answers, and per operation a class of its calls, typed. Only for projects that
/// ask for fakes (<c>MindGenFake</c>, on in test projects), so a production build carries none of it.
/// </summary>
internal sealed class FakeEmitter
{
    private readonly EmitContext _context;
    private readonly ApiDescription _api;
    private readonly FakeCallReading _reading;
    private readonly SampleJson _samples;
    private readonly string _name;

    public FakeEmitter(EmitContext context)
    {
        _context = context;
        _api = context.Api;
        _reading = new FakeCallReading(_api);
        _samples = new SampleJson(_api);
        _name = GeneratedNames.Fake(_api.ClientName);
    }

    public IEnumerable<GeneratedFile> Emit(bool dependencyInjection)
    {
        foreach (Template part in Template.FakeParts)
        {
            yield return Types.FixedTypesEmitter.Emit(_api, part);
        }

        yield return Fake(dependencyInjection);
    }

    private GeneratedFile Fake(bool dependencyInjection)
    {
        // The fake's members and its nested call classes share one scope: an operation named like a member moves aside.
        var names = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.FakeMembers.Append(_name));
        var operations = FakeResponses.RoutingOrder(_api.Operations).Select(operation => (Operation: operation, Property: names.Take(Stem(operation)))).ToList();
        var calls = operations.ToDictionary(entry => entry.Operation, entry => names.Take(Stem(entry.Operation) + GeneratedNames.FakeCallSuffix));

        string client = TypeSyntax.Generated(_api.ClientName);
        string options = TypeSyntax.Generated(_api.OptionsName);
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, null, $"""
            The API of <see cref="{_api.ClientName}"/> served in memory, as {XmlDoc.Escape(_api.SpecFileName)} describes it, for tests: every request
            is checked against the spec, recorded (typed, in each operation's <c>Calls</c>) and answered as the operation's stub says, by
            default with the spec's example of its success. <c>{GeneratedNames.FakeCreateClient}()</c> gives a client whose requests it answers.
            """);
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed partial class {_name} : api::{Template.Fake.DeclaredTypes[0]}"))
        {
            XmlDoc.Summary(writer, null, "Creates the fake: every operation answers with the spec's example of its success until a stub says otherwise.");
            writer.Line($"public {_name}()");
            writer.Line($"    : base({CSharpLiteral.String(_api.SpecFileName)})");
            using (writer.Braces())
            {
                writer.Line($"var json = {TypeSyntax.Generated(_api.JsonContextName)}.{GeneratedNames.ContextDefault};");
                foreach ((OperationModel operation, string property) in operations)
                {
                    writer.Line($"{property} = Add(new {OperationType(operation, calls[operation])}(this, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(operation.HttpMethod)}, {CSharpLiteral.String(operation.PathTemplate)}, {Responses(operation)}, {Stream(operation)}, {Paging(operation)}, static request => new {calls[operation]}(request)));");
                }
            }

            foreach ((OperationModel operation, string property) in operations)
            {
                writer.Line();
                XmlDoc.Summary(writer, operation.Summary, $"<c>{XmlDoc.Escape(operation.HttpMethod + " " + operation.PathTemplate)}</c> (<c>{XmlDoc.Escape(operation.OperationId)}</c>).");
                writer.Line($"public {OperationType(operation, calls[operation])} {property} {{ get; }}");
            }

            writer.Line();
            XmlDoc.Summary(writer, null, "A client whose requests this fake answers.");
            XmlDoc.Param(writer, "options", null, "Credentials and other settings; none when null.");
            writer.Line($"public {client} {GeneratedNames.FakeCreateClient}({options}? options = null) => new {client}({GeneratedNames.FakeCreateHttpClient}(), options ?? new {options}());");
            writer.Line();
            XmlDoc.Summary(writer, null, "An HttpClient whose requests this fake answers, addressed to the spec's first server; disposing it leaves the fake usable.");
            writer.Line($"public sys::Net.Http.HttpClient {GeneratedNames.FakeCreateHttpClient}() => new sys::Net.Http.HttpClient(this, disposeHandler: false) {{ BaseAddress = new sys::Uri({CSharpLiteral.String(BaseAddress())}) }};");
            foreach ((OperationModel operation, _) in operations)
            {
                writer.Line();
                Call(writer, operation, calls[operation]);
            }
        }

        if (dependencyInjection)
        {
            UseFake(writer);
        }

        return new GeneratedFile($"{_api.Namespace}.{_name}.g.cs", writer.ToString());
    }

    private void Call(SourceWriter writer, OperationModel operation, string name)
    {
        var members = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.FakeCallMembers.Append(name));
        var reads = new List<(string Property, string Type, string Read, string Doc)>();
        foreach (ParameterModel parameter in operation.Parameters)
        {
            if (_reading.Parameter(parameter) is { } read)
            {
                string location = parameter.Location.ToString().ToLowerInvariant();
                reads.Add((members.Take(Identifier.ToPascalCase(parameter.WireName) is { Length: > 0 } pascal ? pascal : "Parameter"), read.Type, read.Read, $"The {location} parameter <c>{XmlDoc.Escape(parameter.WireName)}</c>{(parameter.IsRequired ? string.Empty : "; null when not sent")}."));
            }
        }

        if (operation.RequestBody is { } body && _reading.Body(body, _context) is { } bodyRead)
        {
            reads.Add((members.Take(Identifier.ToPascalCase(body.Name.TrimStart('@'))), bodyRead.Type, bodyRead.Read, $"The request body{(body.IsRequired ? string.Empty : "; null when not sent")}."));
        }

        XmlDoc.Summary(writer, null, $"A call of <c>{XmlDoc.Escape(operation.OperationId)}</c> as the fake received it, its parameters typed as the spec describes them.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed class {name} : api::FakeCall"))
        {
            writer.Line($"internal {name}(api::FakeRequest request)");
            writer.Line("    : base(request)");
            using (writer.Braces())
            {
                foreach ((string property, _, string read, _) in reads)
                {
                    writer.Line($"{property} = {read};");
                }
            }

            foreach ((string property, string type, _, string doc) in reads)
            {
                writer.Line();
                XmlDoc.Summary(writer, null, doc);
                writer.Line($"public {type} {property} {{ get; }}");
            }
        }
    }

    // services.AddXClient().UseFake(fake), in the partial class that holds AddXClient.
    private void UseFake(SourceWriter writer)
    {
        const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";
        writer.Line();
        using (writer.Open($"public static partial class {GeneratedNames.ServiceCollectionExtensions(_api.ClientName)}"))
        {
            XmlDoc.Summary(writer, null, $"Sends the registered client's requests to <paramref name=\"fake\"/> instead of the network.");
            XmlDoc.Param(writer, "builder", null, $"The builder <c>Add{_api.ClientName}</c> returned.");
            XmlDoc.Param(writer, "fake", null, "The fake that answers.");
            writer.Line($"public static {DependencyInjection}.IHttpClientBuilder UseFake(this {DependencyInjection}.IHttpClientBuilder builder, {TypeSyntax.Generated(_name)} fake) => {DependencyInjection}.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(builder, () => fake);");
        }
    }

    private string OperationType(OperationModel operation, string call) => ResultType(operation) is { } result
        ? $"api::FakeOperation<{call}, {result}>"
        : $"api::FakeOperation<{call}>";

    // What Returns takes: the JSON body's type, or the text; other bodies (bytes, streams) are given with Responds.
    private static string? ResultType(OperationModel operation) => operation.Response switch
    {
        { Kind: BodyKind.Json, BodyType: { } type } => TypeSyntax.Name(type, nullable: false),
        { Kind: BodyKind.Text } => "string",
        _ => null,
    };

    // Every response the operation declares, as the fake's constructor gets them.
    private string Responses(OperationModel operation)
    {
        IEnumerable<string> declared = FakeResponses.Of(operation, _samples).Select(response => response.Body is null
            ? $"new api::FakeResponse({CSharpLiteral.String(response.Status)}, {Literal(response.MediaType)}, null, null, null)"
            : $"new api::FakeResponse({CSharpLiteral.String(response.Status)}, {Literal(response.MediaType)}, json.{_context.Roots[response.Body]}, {Literal(response.Example)}, {Literal(response.Sample)})");
        return $"new api::FakeResponse[] {{ {string.Join(", ", declared)} }}";
    }

    private string Stream(OperationModel operation) => FakeResponses.Stream(operation, _samples) is { } stream
        ? $"new api::FakeStream({CSharpLiteral.String(stream.Format)}, {CSharpLiteral.String(stream.MediaType)}, {(stream.Item is null ? "null" : "json." + _context.Roots[stream.Item])}, {Literal(stream.Terminator)}, {CSharpLiteral.String(stream.Sample)})"
        : "null";

    // The items' metadata as the context resolves their type (every page body holds them).
    private string Paging(OperationModel operation) => FakeResponses.Paging(operation, _api, _samples) is { } paging
        ? $"new api::FakePaging({CSharpLiteral.String(paging.Kind)}, json.GetTypeInfo(typeof({TypeSyntax.Name(paging.Item, nullable: false)})), {Literal(paging.ItemsMember)}, {Literal(paging.NextMember)}, {Literal(paging.CursorParameter)}, {Literal(paging.ItemIdMember)}, {Literal(paging.BodySample)})"
        : "null";

    private static string Literal(string? text) => text is null ? "null" : CSharpLiteral.String(text);

    private string BaseAddress() => _api.DefaultBaseUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "http://localhost/";

    private static string Stem(OperationModel operation) => operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
}

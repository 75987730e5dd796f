using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MindGen.Emit.Json;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;
using Locals = MindGen.Naming.GeneratedNames.Locals;

namespace MindGen.Emit.Client;

/// <summary>Emits the typed client: one async method per operation over a caller-owned <c>HttpClient</c>.</summary>
internal sealed class ClientEmitter(EmitContext context)
{
    private readonly ApiDescription _api = context.Api;
    private readonly string _interface = GeneratedNames.Interface(context.Api.ClientName);

    public GeneratedFile Emit()
    {
        string client = _api.ClientName;
        string options = TypeSyntax.Generated(_api.OptionsName);
        string json = TypeSyntax.Generated(_api.JsonContextName);
        string baseDoc = _api.DefaultBaseUrl is null
            ? "Set its BaseAddress: the spec names no absolute server URL."
            : $"When its BaseAddress is null, requests go to {XmlDoc.Escape(_api.DefaultBaseUrl)}.";
        SourceWriter writer = context.StartCallingRuntime();
        XmlDoc.Summary(writer, _api.Title is null ? null : _api.Title + (_api.Version is null ? string.Empty : " " + _api.Version), $"A client for the {ApiText.Name(_api)}.");
        XmlDoc.Remarks(writer, _api.Description);
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        string operations = GeneratedNames.Operations(client);
        using (writer.Open($"public partial class {client} : {TypeSyntax.Generated(operations)}, {TypeSyntax.Generated(_interface)}"))
        {
            writer.Lines($$"""
                /// <summary>
                /// The name of the client's ActivitySource and Meter, for OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>: a
                /// span and a duration (<c>mindgen.client.operation.duration</c>) per operation call, and the path template
                /// (<c>url.template</c>) on .NET's own <c>http.client.request.duration</c>.
                /// </summary>
                public const string {{GeneratedNames.TelemetryName}} = {{context.Runtime}}.{{GeneratedNames.TelemetryName}};

                /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>, without credentials.</summary>
                /// <param name="httpClient">Requests go to paths relative to its BaseAddress, whose path (such as <c>/api/v1/</c>) is kept. {{baseDoc}}</param>
                public {{client}}(sys::Net.Http.HttpClient httpClient)
                    : this(httpClient, new {{options}}())
                {
                }

                /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">Requests go to paths relative to its BaseAddress, whose path (such as <c>/api/v1/</c>) is kept. {{baseDoc}}</param>
                /// <param name="options">Credentials and other settings.</param>
                public {{client}}(sys::Net.Http.HttpClient httpClient, {{options}} options)
                    : base(httpClient, options)
                {
                }
                """);
        }

        // The operations are declared on a base class that implements no interface, and the client only inherits them:
        // for every method of a type that implements interfaces, the SDK's analyzers (CA2252 and others) ask whether it
        // implements a member of one by going over every member of every interface — GitHub's 3,929 methods against
        // 2,706 members, 10 s of each build once the compiler server is warm (docs/performance.md).
        writer.Line();
        XmlDoc.Summary(writer, null, $"The operations of <see cref=\"{client}\"/>, which inherits them and implements <see cref=\"{_interface}\"/> with them; create the client, not this.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        using (writer.Open($"public abstract partial class {operations}"))
        {
            writer.Lines($$"""
                private readonly sys::Net.Http.HttpClient {{GeneratedNames.HttpClientField}};
                private readonly {{options}} {{GeneratedNames.OptionsField}};
                private readonly {{json}} {{GeneratedNames.JsonField}};
                private readonly string {{GeneratedNames.UserAgentField}};

                private protected {{operations}}(sys::Net.Http.HttpClient httpClient, {{options}} options)
                {
                    {{GeneratedNames.HttpClientField}} = httpClient ?? throw new sys::ArgumentNullException(nameof(httpClient));
                    {{GeneratedNames.OptionsField}} = options ?? throw new sys::ArgumentNullException(nameof(options));
                    {{GeneratedNames.JsonField}} = options.{{GeneratedNames.JsonContextOption}} ?? {{json}}.{{GeneratedNames.ContextDefault}};
                    {{GeneratedNames.UserAgentField}} = (options.{{GeneratedNames.ApplicationIdOption}} is { Length: > 0 } applicationId ? applicationId + " " : string.Empty) + {{CSharpLiteral.String(ApiText.UserAgent(_api))}};
                }
                """);
            foreach (OperationModel operation in _api.Operations)
            {
                writer.Line();
                EmitOperation(writer, operation);
            }
        }

        return new GeneratedFile($"{_api.Namespace}.{client}.g.cs", writer.ToString());
    }

    // One private core builds the request and starts its send; the public variants (plain, …WithResponse,
    // Stream…) only read the response their own way, so no variant pays for what another returns. Their
    // documentation is the interface's: written once, it is half the size of a large spec's client.
    private void EmitOperation(SourceWriter writer, OperationModel operation)
    {
        var signature = new MethodSignature(context, operation);
        var declarations = new OperationDeclarations(context, operation, signature);
        var locals = new MethodLocals(signature);
        // An operation that answers with JSON or a stream has one send core for both, told which to ask for; one that
        // streams events is told the Last-Event-ID to resume after.
        bool asks = operation.Response.OffersBodyOrStream;
        bool resumes = operation.Response.Events is { Format: EventStreamFormat.ServerSentEvents };
        // A list whose pages link to the next sends the next page at the address the link names.
        bool follows = operation.Pagination is { FollowsLinks: true };
        IEnumerable<(string Declaration, string Argument)> CoreParameters(bool streaming, string lastEventId, string pageUri = "null")
        {
            if (asks)
            {
                yield return ($"bool {locals.Streaming}", $"{locals.Streaming}: {TypeSyntax.Bool(streaming)}");
            }

            if (resumes)
            {
                yield return ($"string? {locals.LastEventId}", $"{locals.LastEventId}: {lastEventId}");
            }

            if (follows)
            {
                yield return ($"string? {locals.PageUri}", $"{locals.PageUri}: {pageUri}");
            }
        }

        string Send(string token, bool streaming, string lastEventId = "null") =>
            $"{GeneratedNames.SendMethod(operation.MethodName)}({signature.Arguments(token, [.. CoreParameters(streaming, lastEventId).Select(parameter => parameter.Argument)])})";

        // A page's send: at the address its link names, or with its cursor for the cursor parameter (the caller's for the first).
        string SendPage(string token) =>
            $"{GeneratedNames.SendMethod(operation.MethodName)}({signature.Arguments(token, CoreParameters(streaming: false, "null", follows ? locals.PageToken : "null").Select(parameter => parameter.Argument), item => item.Name == operation.Pagination?.CursorParameter ? $"{locals.PageToken} ?? {item.Name}" : item.Name)})";
        string cancellationToken = Locals.CancellationToken;
        string sending = Send(cancellationToken, streaming: false);
        string send = $"await {sending}.ConfigureAwait(false)";

        // The public methods hand the pending send to the runtime, which reads and disposes the response: no state
        // machine of their own. A JSON body that may be null converts on the way out, so that one awaits.
        EmitInherited(writer, operation, operation.MethodName);
        writer.Line(operation.Response switch
        {
            // The caller reads the stream, so the response lives until the stream is disposed.
            { Kind: BodyKind.Binary } => $"public {declarations.Plain} => {context.Runtime}.OpenStreamAsync({sending}, {cancellationToken});",
            { Kind: BodyKind.Text } => $"public {declarations.Plain} => {context.Runtime}.ReadTextAsync({sending}, {cancellationToken});",
            { BodyType: { IsNullable: true } result } => $"public async {declarations.Plain} => await {ReadJson(operation, sending, result)}.ConfigureAwait(false);",
            { BodyType: { } result } => $"public {declarations.Plain} => {ReadJson(operation, sending, result)};",
            _ => $"public {declarations.Plain} => {context.Runtime}.ReadNothingAsync({sending});",
        });

        if (declarations.WithResponse is { } withResponse)
        {
            writer.Line();
            EmitInherited(writer, operation, operation.ResponseMethodName!);
            if (operation.Response.BodyType is { IsNullable: true } nullable && operation.Response.Kind == BodyKind.Json)
            {
                string headers = $"{context.Runtime}.Headers({locals.Response})";
                using (writer.Open("public async " + withResponse))
                {
                    writer.Line($"using sys::Net.Http.HttpResponseMessage {locals.Response} = {send};");
                    writer.Line($"return new {declarations.ResponseType}((int){locals.Response}.StatusCode, {(operation.Response.Headers is { } typed ? $"new {TypeSyntax.Generated(typed.ClassName)}({headers})" : headers)}, await {context.Runtime}.ReadJsonAsync({locals.Response}, {JsonArguments(operation, nullable)}).ConfigureAwait(false));");
                }
            }
            else
            {
                // Typed headers: the runtime's overload that makes the headers' class from the response's headers.
                string typed = operation.Response.Headers is { } declared ? $", static {locals.Headers} => new {TypeSyntax.Generated(declared.ClassName)}({locals.Headers})" : string.Empty;
                writer.Line(operation.Response switch
                {
                    { Kind: BodyKind.Text } => $"public {withResponse} => {context.Runtime}.ReadTextResponseAsync({sending}{typed}, {cancellationToken});",
                    { BodyType: { } result } => $"public {withResponse} => {context.Runtime}.ReadJsonResponseAsync({sending}, {context.TypeInfo(result)}{typed}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(result))}, {cancellationToken});",
                    _ => $"public {withResponse} => {context.Runtime}.ReadNothingResponseAsync({sending}{typed});",
                });
            }
        }

        // The runtime's iterator sends when enumeration starts, with the call's token linked to the enumerator's.
        if (declarations.Stream is { } stream && operation.Response.BodyType is ArrayTypeRef array)
        {
            writer.Line();
            EmitInherited(writer, operation, operation.StreamMethodName!);
            string token = locals.Token;
            string sendLater = $"{token} => {Send(token, streaming: false)}";
            string method = array.Element.IsNullable && TypeSyntax.IsValueType(array.Element) ? "StreamNullableJsonItemsAsync" : "StreamJsonItemsAsync";
            writer.Line($"public {stream} => {context.Runtime}.{method}({sendLater}, {context.TypeInfo(array.Element)}, allowNull: {TypeSyntax.Bool(array.Element.IsNullable)}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(array))}, {cancellationToken});");
        }

        if (declarations.Streaming is { } streamingMethod && declarations.StreamingWithResponse is { } streamingWithResponse && operation.Response.Events is { } events)
        {
            // Events resume: the runtime sends again with the last event ID. Lines are sent once, when enumeration starts.
            string deferred = resumes
                ? $"({locals.LastEventId}, {locals.Token}) => {Send(locals.Token, streaming: true, locals.LastEventId)}"
                : $"{locals.Token} => {Send(locals.Token, streaming: true)}";
            EmitStreaming(writer, operation, events, events.MethodName, streamingMethod, deferred, "Stream");
            EmitStreaming(writer, operation, events, events.ResponseMethodName, streamingWithResponse, resumes ? deferred : Send(cancellationToken, streaming: true), "Open");
        }

        if (declarations.All is { } all && declarations.Pages is { } pages && operation.Pagination is { } paging)
        {
            EmitPaging(writer, operation, paging, all, pages, signature, $"({locals.PageToken}, {locals.Token}) => {SendPage(locals.Token)}", locals.Page);
        }

        // The send core only builds the request: the runtime's one SendAsync applies the credentials, sends, and
        // throws for an unsuccessful status, so an operation has no state machine of its own (GitHub has 1,223).
        writer.Line();
        using (writer.Open($"private sys::Threading.Tasks.Task<sys::Net.Http.HttpResponseMessage> {GeneratedNames.SendMethod(operation.MethodName)}({signature.CoreDeclaration([.. CoreParameters(streaming: false, "null").Select(parameter => parameter.Declaration)])})"))
        {
            var request = new RequestEmitter(context, operation, locals);
            request.Emit(writer);
            writer.Line($"return {context.Runtime}.SendAsync({GeneratedNames.HttpClientField}, {locals.Request}, {GeneratedNames.UserAgentField}, {request.Securing()}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(operation.PathTemplate)}, {ErrorBody(operation, locals)}, {GeneratedNames.OptionsField}.{GeneratedNames.RetryOption}, idempotent: {TypeSyntax.Bool(IsIdempotent(operation.HttpMethod))}, {Locals.RequestOptions}, {Locals.CancellationToken});");
        }
    }

    // A …StreamingAsync method hands the runtime the deferred send ("Stream…", sent when enumeration starts); a
    // …StreamingWithResponseAsync method the pending one ("Open…", awaited for the status and headers).
    private void EmitStreaming(SourceWriter writer, OperationModel operation, EventStreamModel events, string method, string declaration, string send, string verb)
    {
        writer.Line();
        EmitInherited(writer, operation, method);
        string operationId = CSharpLiteral.String(operation.OperationId);
        string expected = CSharpLiteral.String(events.IsWatch ? $"{GeneratedNames.WatchEvent}<{TypeSyntax.Display(events.ItemType)}>" : TypeSyntax.Display(events.ItemType));
        string cancellationToken = Locals.CancellationToken;
        string options = $"{GeneratedNames.OptionsField}.{GeneratedNames.StreamsOption}";
        // Sending a GET again repeats nothing; another method resumes only where the options allow it.
        string resumable = $"resumable: {TypeSyntax.Bool(operation.HttpMethod is "GET" or "QUERY")}";
        string terminator = $"terminator: {(events.Terminator is { } end ? CSharpLiteral.String(end) : "null")}";
        if (events.Format == EventStreamFormat.ServerSentEvents)
        {
            writer.Line($"public {declaration} => {context.Runtime}.{verb}EventsAsync({send}, {options}, {resumable}, {terminator}, {EventReader(events)}, {operationId}, {expected}, {cancellationToken});");
        }
        else
        {
            writer.Line($"public {declaration} => {context.Runtime}.{verb}JsonLinesAsync({send}, {options}, {EventReader(events)}, recordSeparated: {TypeSyntax.Bool(events.Format == EventStreamFormat.JsonSequence)}, {terminator}, {operationId}, {expected}, {cancellationToken});");
        }
    }

    // What reads an item: the event union's reader for named events, the watch's for watch events, else the context
    // (JSON) or the text itself.
    private string EventReader(EventStreamModel events) => events switch
    {
        { Union: { } union } => $"{TypeSyntax.Generated(union.Name)}.{GeneratedNames.EventUnionReader}({GeneratedNames.JsonField})",
        { IsWatch: true } => $"{context.Runtime}.WatchEvents({context.TypeInfo(events.ItemType)})",
        { ItemIsJson: true } => $"{context.Runtime}.JsonEvents({context.TypeInfo(events.ItemType)})",
        _ => $"{context.Runtime}.TextEvent",
    };

    // …AllAsync reads the items of …PagesAsync's pages; …PagesAsync hands the runtime the page's send and how to read
    // its items and the next page's token.
    private void EmitPaging(SourceWriter writer, OperationModel operation, PaginationModel paging, string all, string pages, MethodSignature signature, string sendPage, string page)
    {
        TypeRef body = operation.Response.BodyType!;
        string item = TypeSyntax.Name(paging.ItemType, paging.ItemType.IsNullable);
        writer.Line();
        EmitInherited(writer, operation, paging.AllMethodName);
        writer.Line($"public {all} => {context.Runtime}.ItemsAsync({paging.PagesMethodName}({signature.Arguments($"{Locals.ContinuationToken}: null, {Locals.CancellationToken}")}), {Locals.CancellationToken});");
        string items = paging.ItemsProperty is { } itemsProperty ? $"{page} => {page}.{itemsProperty}" : $"{page} => {page}";
        string next = paging switch
        {
            // Stripe's: while the page says more follow, the last item's id.
            { Kind: PaginationKind.AfterLastItem, ItemsProperty: { } list, NextProperty: { } more, ItemIdProperty: { } id } =>
                $"{page} => {page}.{more} == true && {page}.{list} is {{ Count: > 0 }} ? {page}.{list}[{page}.{list}.Count - 1].{id} : null",
            { NextProperty: { } nextProperty } =>
                $"{page} => {page}.{nextProperty}{(paging.NextType is PrimitiveTypeRef { Kind: PrimitiveKind.Uri } ? "?.OriginalString" : string.Empty)}",
            _ => "null",
        };
        writer.Line();
        EmitInherited(writer, operation, paging.PagesMethodName);
        writer.Line($"public {pages} => {context.Runtime}.PagesAsync<{TypeSyntax.Name(body, nullable: false)}, {item}>({sendPage}, {context.TypeInfo(body)}, {items}, {next}, {Locals.ContinuationToken}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(body))}, {Locals.CancellationToken});");
    }

    // The interface's docs of the method: named, as the operations' class does not implement the interface.
    private void EmitInherited(SourceWriter writer, OperationModel operation, string method) =>
        OperationDocs.EmitInherited(writer, operation, $"{_interface}.{method}");

    // RFC 9110's idempotent methods, and QUERY: sending one twice has the effect of sending it once.
    private static bool IsIdempotent(string method) => method is "GET" or "HEAD" or "OPTIONS" or "PUT" or "DELETE" or "TRACE" or "QUERY";

    private string ReadJson(OperationModel operation, string sending, TypeRef result) =>
        $"{context.Runtime}.ReadJsonAsync({sending}, {JsonArguments(operation, result)})";

    // What reading a JSON body takes after the response: its metadata, whether null is allowed, and what to name in an error.
    private string JsonArguments(OperationModel operation, TypeRef result) =>
        $"{context.TypeInfo(result)}, allowNull: {TypeSyntax.Bool(result.IsNullable)}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(result))}, {Locals.CancellationToken}";

    // Which error body the spec documents for an unsuccessful status (ApiException<TError>): a lambda over the status,
    // with a switch of one arm per documented status, called only when the status is unsuccessful; null when the
    // operation documents none.
    private string ErrorBody(OperationModel operation, MethodLocals locals)
    {
        if (operation.Response.Errors.Count == 0)
        {
            return "null";
        }

        string status = locals.Status;
        if (operation.Response.Errors.Count == 1 && operation.Response.Errors[0] is { Status.Kind: StatusPatternKind.Default } only)
        {
            return $"{status} => {context.Runtime}.Error({context.TypeInfo(only.BodyType)})";
        }

        IEnumerable<string> arms = operation.Response.Errors
            .OrderBy(error => error.Status.Kind == StatusPatternKind.Default)
            .Select(error => error.Status switch
            {
                { Kind: StatusPatternKind.Default } => "_",
                { Kind: StatusPatternKind.Class, Value: var statusClass } => $">= {statusClass}00 and <= {statusClass}99",
                { Value: var code } => code.ToString(CultureInfo.InvariantCulture),
            } + $" => {context.Runtime}.Error({context.TypeInfo(error.BodyType)})");
        string fallback = operation.Response.Errors.Any(error => error.Status.Kind == StatusPatternKind.Default) ? string.Empty : ", _ => null";
        return $"{status} => {status} switch {{ {string.Join(", ", arms)}{fallback} }}";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Emits the typed client: one async method per operation over a caller-owned <c>HttpClient</c>.</summary>
internal sealed class ClientEmitter
{
    private readonly ApiDescription _api;
    private readonly TypeSyntax _types;
    private readonly IReadOnlyList<SecurityPlan> _securityPlans;
    private readonly string _runtime;

    public ClientEmitter(ApiDescription api, TypeSyntax types, IReadOnlyList<SecurityPlan> securityPlans)
    {
        _api = api;
        _types = types;
        _securityPlans = securityPlans;
        _runtime = ReservedNames.RuntimeClass(api.ClientName);
    }

    public GeneratedFile Emit()
    {
        string client = _api.ClientName;
        string baseDoc = _api.DefaultBaseUrl is null
            ? "Set its BaseAddress: the spec names no absolute server URL."
            : $"When its BaseAddress is null, requests go to {XmlDoc.Escape(_api.DefaultBaseUrl)}.";
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, _api.Title is null ? null : _api.Title + (_api.Version is null ? string.Empty : " " + _api.Version), $"A client for the {client} API.");
        XmlDoc.Remarks(writer, _api.Description);
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public partial class {client} : {ReservedNames.Interface(client)}"))
        {
            writer.Lines($$"""
                private readonly global::System.Net.Http.HttpClient _httpClient;
                private readonly {{_api.OptionsName}} _options;
                private readonly {{_types.Model(_api.JsonContextName)}} _json;

                /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>, without credentials.</summary>
                /// <param name="httpClient">Requests go to paths relative to its BaseAddress, whose path (such as <c>/api/v1/</c>) is kept. {{baseDoc}}</param>
                public {{client}}(global::System.Net.Http.HttpClient httpClient)
                    : this(httpClient, new {{_api.OptionsName}}())
                {
                }

                /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">Requests go to paths relative to its BaseAddress, whose path (such as <c>/api/v1/</c>) is kept. {{baseDoc}}</param>
                /// <param name="options">Credentials and other settings.</param>
                public {{client}}(global::System.Net.Http.HttpClient httpClient, {{_api.OptionsName}} options)
                {
                    _httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));
                    _options = options ?? throw new global::System.ArgumentNullException(nameof(options));
                    _json = options.JsonContext ?? {{_types.Model(_api.JsonContextName)}}.Default;
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

    // One private core builds, sends and checks the request; the public variants (plain, …WithResponse,
    // Stream…) only read the response their own way, so no variant pays for what another returns.
    private void EmitOperation(SourceWriter writer, OperationModel operation)
    {
        ResponseModel response = operation.Response;
        string send = $"await {SendMethod(operation)}({Arguments(operation)}).ConfigureAwait(false)";
        string apiResponse = _types.Model(ReservedNames.ApiResponse);

        EmitDocumentation(writer, operation, streaming: false);
        using (writer.Open("public async " + Declaration(operation)))
        {
            if (response.Kind == BodyKind.Binary)
            {
                // The caller reads the stream, so the response lives until the stream is disposed.
                writer.Line($"global::System.Net.Http.HttpResponseMessage response = {send};");
                EmitDisposeOnFailure(writer, () => writer.Line($"return await {_runtime}.OpenStreamAsync(response, cancellationToken).ConfigureAwait(false);"));
            }
            else
            {
                writer.Line($"using global::System.Net.Http.HttpResponseMessage response = {send};");
                if (ReadBody(operation) is { } body)
                {
                    writer.Line($"return {body};");
                }
            }
        }

        if (operation.ResponseMethodName is not null)
        {
            writer.Line();
            EmitDocumentation(writer, operation, streaming: false, withResponse: true);
            using (writer.Open("public async " + ResponseDeclaration(operation)))
            {
                writer.Line($"using global::System.Net.Http.HttpResponseMessage response = {send};");
                writer.Line(ReadBody(operation) is { } body
                    ? $"return new {apiResponse}<{ResultType(operation)}>((int)response.StatusCode, {_runtime}.Headers(response), {body});"
                    : $"return new {apiResponse}((int)response.StatusCode, {_runtime}.Headers(response));");
            }
        }

        if (operation.StreamMethodName is not null && response.BodyType is ArrayTypeRef array)
        {
            writer.Line();
            EmitDocumentation(writer, operation, streaming: true);
            using (writer.Open("public async " + StreamDeclaration(operation, enumeratorCancellation: true)))
            {
                writer.Line($"using global::System.Net.Http.HttpResponseMessage response = {send};");
                writer.Line("using global::System.IO.Stream responseBody = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);");
                string allowNull = array.Element.IsNullable ? "true" : "false";
                // T? of an unconstrained T is T itself for value types, and T annotated for reference types.
                bool itemNullable = TypeSyntax.IsValueType(array.Element) ? array.Element.IsNullable : true;
                writer.Line($"await foreach ({_types.Name(array.Element, itemNullable)} item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait({_runtime}.ReadJsonItemsAsync(response, responseBody, {TypeInfo(array.Element)}, {allowNull}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(array))}, cancellationToken), false))");
                writer.Line("{");
                writer.Line(array.Element.IsNullable || TypeSyntax.IsValueType(array.Element) ? "    yield return item;" : "    yield return item!;");
                writer.Line("}");
            }
        }

        writer.Line();
        using (writer.Open($"private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> {SendMethod(operation)}({Signature(operation, enumeratorCancellation: false)})"))
        {
            EmitRequest(writer, operation);
            writer.Line("global::System.Net.Http.HttpResponseMessage response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
            EmitDisposeOnFailure(writer, () => EmitEnsureSuccess(writer, operation));
            writer.Line();
            writer.Line("return response;");
        }
    }

    // The underscore keeps it apart from every operation's method: generated names never contain one.
    private static string SendMethod(OperationModel operation) => "Send_" + operation.MethodName;

    // The response must not outlive a failure: whoever would have owned it never gets it.
    private static void EmitDisposeOnFailure(SourceWriter writer, Action emitBody)
    {
        using (writer.Open("try"))
        {
            emitBody();
        }

        using (writer.Open("catch"))
        {
            writer.Line("response.Dispose();");
            writer.Line("throw;");
        }
    }

    // The expression reading a successful response's body; null when it has none.
    private string? ReadBody(OperationModel operation) => operation.Response switch
    {
        { Kind: BodyKind.Text } => "await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)",
        { BodyType: { } result } => $"await {_runtime}.ReadJsonAsync(response, {TypeInfo(result)}, {(result.IsNullable ? "true" : "false")}, {CSharpLiteral.String(operation.OperationId)}, {CSharpLiteral.String(TypeSyntax.Display(result))}, cancellationToken).ConfigureAwait(false)",
        _ => null,
    };

    private string ResultType(OperationModel operation) =>
        _types.Name(operation.Response.BodyType!, operation.Response.BodyType!.IsNullable && operation.Response.Kind == BodyKind.Json);

    /// <summary>The interface every client implements, for mocking and dependency injection.</summary>
    public GeneratedFile EmitInterface()
    {
        string name = ReservedNames.Interface(_api.ClientName);
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, null, $"The operations of <see cref=\"{_api.ClientName}\"/>, for mocking and dependency injection.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public partial interface {name}"))
        {
            bool first = true;
            foreach (OperationModel operation in _api.Operations)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                EmitDocumentation(writer, operation, streaming: false);
                writer.Line(Declaration(operation) + ";");
                if (operation.ResponseMethodName is not null)
                {
                    writer.Line();
                    EmitDocumentation(writer, operation, streaming: false, withResponse: true);
                    writer.Line(ResponseDeclaration(operation) + ";");
                }
                if (operation.StreamMethodName is not null)
                {
                    writer.Line();
                    EmitDocumentation(writer, operation, streaming: true);
                    writer.Line(StreamDeclaration(operation, enumeratorCancellation: false) + ";");
                }
            }
        }

        return new GeneratedFile($"{_api.Namespace}.{name}.g.cs", writer.ToString());
    }

    private void EmitDocumentation(SourceWriter writer, OperationModel operation, bool streaming, bool withResponse = false)
    {
        XmlDoc.Summary(writer, operation.Summary ?? operation.Description, $"Calls {operation.HttpMethod} {XmlDoc.Escape(operation.OperationId)}.");
        XmlDoc.Remarks(writer, streaming
            ? "Yields the items of the response array one by one as they arrive, so memory stays flat however long the array is."
            : withResponse ? "Returns the status code and headers with the body." : operation.Summary is null ? null : operation.Description);
        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            XmlDoc.Param(writer, parameter.Name.TrimStart('@'), parameter.Description, $"The {parameter.Location.ToString().ToLowerInvariant()} parameter <c>{XmlDoc.Escape(parameter.WireName)}</c>.");
        }

        if (operation.RequestBody is { Kind: not BodyKind.Multipart } body)
        {
            XmlDoc.Param(writer, body.Name, body.Description, "The request body.");
        }

        foreach (MultipartPartModel part in operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty)
        {
            XmlDoc.Param(writer, part.Name.TrimStart('@'), part.Description, $"The multipart member <c>{XmlDoc.Escape(part.WireName)}</c>{(part.IsRequired ? string.Empty : "; left out when null")}.");
        }

        foreach (ParameterModel parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            XmlDoc.Param(writer, parameter.Name.TrimStart('@'), parameter.Description, $"The {parameter.Location.ToString().ToLowerInvariant()} parameter <c>{XmlDoc.Escape(parameter.WireName)}</c>; left out when null.");
        }

        XmlDoc.Param(writer, "cancellationToken", null, "Cancels the request.");
        if (withResponse)
        {
            XmlDoc.Returns(writer, null, "The status code, the headers and the body of the response.");
        }
        else if (operation.Response.BodyType is not null)
        {
            XmlDoc.Returns(writer, operation.Response.Description, streaming ? "The items of the response body." : "The response body.");
        }

        foreach (ErrorResponseModel error in operation.Response.Errors)
        {
            string status = error.StatusCode == "default" ? "any other unsuccessful status" : "status " + error.StatusCode;
            XmlDoc.Raw(writer, $"<exception cref=\"ApiException{{T}}\">For {status}, with the error body as <see cref=\"ApiException{{T}}.Error\"/> ({XmlDoc.Escape(TypeSyntax.Display(error.BodyType))}){(error.Description is { Length: > 0 } d ? ": " + XmlDoc.Escape(d) : string.Empty)}.</exception>");
        }

        XmlDoc.Raw(writer, "<exception cref=\"ApiException\">The server answered with an unsuccessful status, or with a body that does not match the spec.</exception>");
        if (operation.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"The API marks this operation as deprecated.\")]");
        }
    }

    private string Declaration(OperationModel operation)
    {
        string returnType = operation.Response.BodyType is null
            ? "global::System.Threading.Tasks.Task"
            : $"global::System.Threading.Tasks.Task<{ResultType(operation)}>";
        return $"{returnType} {operation.MethodName}({Signature(operation, enumeratorCancellation: false)})";
    }

    private string ResponseDeclaration(OperationModel operation)
    {
        string apiResponse = _types.Model(ReservedNames.ApiResponse);
        string type = operation.Response.BodyType is null ? apiResponse : $"{apiResponse}<{ResultType(operation)}>";
        return $"global::System.Threading.Tasks.Task<{type}> {operation.ResponseMethodName}({Signature(operation, enumeratorCancellation: false)})";
    }

    // The method's arguments in signature order, to forward a call.
    private static string Arguments(OperationModel operation)
    {
        var names = new List<string>();
        names.AddRange(operation.Parameters.Where(p => p.IsRequired).Select(p => p.Name));
        if (operation.RequestBody is { Kind: not BodyKind.Multipart } body)
        {
            names.Add(body.Name);
        }

        EquatableArray<MultipartPartModel> multipart = operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty;
        names.AddRange(multipart.Where(p => p.IsRequired).Select(p => p.Name));
        names.AddRange(operation.Parameters.Where(p => !p.IsRequired).Select(p => p.Name));
        names.AddRange(multipart.Where(p => !p.IsRequired).Select(p => p.Name));
        names.Add("cancellationToken");
        return string.Join(", ", names);
    }

    private string StreamDeclaration(OperationModel operation, bool enumeratorCancellation)
    {
        TypeRef element = ((ArrayTypeRef)operation.Response.BodyType!).Element;
        return $"global::System.Collections.Generic.IAsyncEnumerable<{_types.Name(element, element.IsNullable)}> {operation.StreamMethodName}({Signature(operation, enumeratorCancellation)})";
    }

    // An unsuccessful status throws; where the spec documents an error body for it, ApiException<TError>.
    private void EmitEnsureSuccess(SourceWriter writer, OperationModel operation)
    {
        string operationId = CSharpLiteral.String(operation.OperationId);
        if (operation.Response.Errors.Count == 0)
        {
            writer.Line($"await {_runtime}.EnsureSuccessAsync(response, {operationId}, cancellationToken).ConfigureAwait(false);");
            return;
        }

        using (writer.Open("if (!response.IsSuccessStatusCode)"))
        {
            using (writer.Open("switch ((int)response.StatusCode)"))
            {
                bool hasDefault = false;
                foreach (ErrorResponseModel error in operation.Response.Errors)
                {
                    string label = error.StatusCode switch
                    {
                        "default" => "default",
                        var range when range.EndsWith("XX", StringComparison.Ordinal) => $"case >= {range[0]}00 and <= {range[0]}99",
                        var code => "case " + code,
                    };
                    hasDefault |= label == "default";
                    writer.Line(label + ":");
                    writer.Line($"    throw await {_runtime}.ErrorAsync(response, {operationId}, {TypeInfo(error.BodyType)}, cancellationToken).ConfigureAwait(false);");
                }

                if (!hasDefault)
                {
                    writer.Line("default:");
                    writer.Line($"    await {_runtime}.EnsureSuccessAsync(response, {operationId}, cancellationToken).ConfigureAwait(false);");
                    writer.Line("    break;");
                }
            }
        }
    }

    // Through the options' context when one is set (for its JsonSerializerOptions), else the default one.
    private static string TypeInfo(TypeRef type) =>
        $"_json.{JsonContextEmitter.PropertyName(type with { IsNullable = false })}";

    private string Signature(OperationModel operation, bool enumeratorCancellation)
    {
        var parts = new List<string>();
        parts.AddRange(operation.Parameters.Where(p => p.IsRequired).Select(p => $"{_types.Name(p.Type, p.Type.IsNullable)} {p.Name}"));
        if (operation.RequestBody is { Kind: not BodyKind.Multipart } body)
        {
            parts.Add($"{_types.Name(body.Type, body.Type.IsNullable || !body.IsRequired)} {body.Name}");
        }

        EquatableArray<MultipartPartModel> multipart = operation.RequestBody?.Parts ?? EquatableArray<MultipartPartModel>.Empty;
        parts.AddRange(multipart.Where(p => p.IsRequired).Select(p => $"{PartType(p, nullable: false)} {p.Name}"));
        parts.AddRange(operation.Parameters.Where(p => !p.IsRequired).Select(p => $"{_types.Name(p.Type, nullable: true)} {p.Name} = default"));
        parts.AddRange(multipart.Where(p => !p.IsRequired).Select(p => $"{PartType(p, nullable: true)} {p.Name} = default"));
        parts.Add((enumeratorCancellation ? "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " : string.Empty) + "global::System.Threading.CancellationToken cancellationToken = default");
        return string.Join(", ", parts);
    }

    // Files are FileParameters (stream, file name, content type); other parts keep their schema's type.
    private string PartType(MultipartPartModel part, bool nullable)
    {
        string file = _types.Model(ReservedNames.FileParameter);
        string type = part.IsFile
            ? part.Type is ArrayTypeRef ? $"global::System.Collections.Generic.IReadOnlyList<{file}>" : file
            : _types.Name(part.Type, part.Type.IsNullable);
        return nullable && !type.EndsWith("?", StringComparison.Ordinal) ? type + "?" : type;
    }

    private void EmitBody(SourceWriter writer, RequestBodyModel body)
    {
        if (body.Kind == BodyKind.Multipart)
        {
            EmitMultipart(writer, body);
            return;
        }

        string value = body.Name + (TypeSyntax.IsValueType(body.Type) && (body.Type.IsNullable || !body.IsRequired) ? ".Value" : string.Empty);
        string media = CSharpLiteral.String(body.MediaType);
        string assign = body.Kind switch
        {
            BodyKind.Form => $"request.Content = {_runtime}.CreateFormContent({JsonNames.Json}.JsonSerializer.SerializeToElement({value}, {TypeInfo(body.Type)}));",
            BodyKind.Text => $"request.Content = new global::System.Net.Http.StringContent({value}, global::System.Text.Encoding.UTF8, {media});",
            BodyKind.Binary => $"request.Content = {_runtime}.CreateStreamContent({value}, {media});",
            _ => $"request.Content = {_runtime}.CreateJsonContent({value}, {TypeInfo(body.Type)}, {media});",
        };
        if (body.IsRequired && !body.Type.IsNullable)
        {
            writer.Line(assign);
            return;
        }

        using (writer.Open($"if ({body.Name} is not null)"))
        {
            writer.Line(assign);
        }
    }

    private void EmitMultipart(SourceWriter writer, RequestBodyModel body)
    {
        writer.Line("var multipart = new global::System.Net.Http.MultipartFormDataContent();");
        foreach (MultipartPartModel part in body.Parts)
        {
            string wire = CSharpLiteral.String(part.WireName);
            string local = part.Name.TrimStart('@') + "Part";
            string Add(string item) => part.IsFile
                ? $"multipart.Add({item}.CreateContent(), {wire}, {item}.FileName);"
                : part.Type is PrimitiveTypeRef or EnumTypeRef
                    ? $"multipart.Add(new global::System.Net.Http.StringContent({Format(part.Type, item)}), {wire});"
                    : $"multipart.Add({_runtime}.CreateJsonContent({item}, {TypeInfo(part.Type)}, \"application/json\"), {wire});";
            using (writer.Open($"if ({part.Name} is {{ }} {local})"))
            {
                if (part.IsFile && part.Type is ArrayTypeRef)
                {
                    using (writer.Open($"foreach ({_types.Model(ReservedNames.FileParameter)} file in {local})"))
                    {
                        writer.Line(Add("file"));
                    }
                }
                else
                {
                    writer.Line(Add(local));
                }
            }
        }

        writer.Line("request.Content = multipart;");
    }

    private void EmitRequest(SourceWriter writer, OperationModel operation)
    {
        writer.Line("var requestUri = new global::System.Text.StringBuilder();");
        foreach (PathPart part in operation.Path)
        {
            if (!part.IsParameter)
            {
                writer.Line($"requestUri.Append({CSharpLiteral.String(part.Text)});");
                continue;
            }

            ParameterModel parameter = operation.Parameters.First(p => p.Name == part.Text);
            writer.Line(IsPlain(parameter, "simple")
                ? $"requestUri.Append({_runtime}.EscapePathSegment({Format(parameter, parameter.Name)}));"
                : $"requestUri.Append({_runtime}.Expand({CSharpLiteral.String(parameter.WireName)}, {Values(parameter.Type, parameter.Name)}, {CSharpLiteral.String(parameter.Style)}, {Bool(parameter.Explode)}, escape: true));");
        }

        var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        if (query.Count > 0)
        {
            writer.Line("char separator = '?';");
            foreach (ParameterModel parameter in query)
            {
                string name = CSharpLiteral.String(parameter.WireName);
                if (IsPlain(parameter, "form") || (parameter.Type is ArrayTypeRef && parameter.Style == "form" && parameter.Explode))
                {
                    EmitEach(writer, parameter, value => $"{_runtime}.AppendQuery(requestUri, ref separator, {name}, {value});");
                }
                else
                {
                    EmitWhenSet(writer, parameter, value => $"{_runtime}.AppendQueryValues(requestUri, ref separator, {name}, {Values(parameter.Type, value)}, {CSharpLiteral.String(parameter.Style)}, {Bool(parameter.Explode)});");
                }
            }
        }

        writer.Line($"using var request = new global::System.Net.Http.HttpRequestMessage(new global::System.Net.Http.HttpMethod({CSharpLiteral.String(operation.HttpMethod)}), {_runtime}.CreateUri(_options.BaseAddress, _httpClient, requestUri.ToString()));");
        if (operation.Response is { Kind: BodyKind.Json, BodyType: not null } || operation.Response.Errors.Count > 0)
        {
            writer.Line("request.Headers.Accept.ParseAdd(\"application/json\");");
        }

        // HttpHeaders.Add validates each value: CR or LF in it throws before anything is sent.
        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            string name = CSharpLiteral.String(parameter.WireName);
            EmitWhenSet(writer, parameter, value => $"request.Headers.Add({name}, {Text(parameter, value, escape: false)});");
        }

        foreach (ParameterModel parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie))
        {
            string prefix = CSharpLiteral.String(parameter.WireName + "=");
            EmitWhenSet(writer, parameter, value => $"request.Headers.Add(\"Cookie\", {prefix} + {Text(parameter, value, escape: true)});");
        }

        if (operation.RequestBody is { } body)
        {
            EmitBody(writer, body);
        }

        if (SecurityPlan.Find(_securityPlans, operation) is { } plan)
        {
            writer.Line($"await {_runtime}.{plan.MethodName}(request, _options, cancellationToken).ConfigureAwait(false);");
        }
    }

    // Calls `emit` with the formatted value of a parameter; optional ones only when set, arrays once per item.
    private void EmitEach(SourceWriter writer, ParameterModel parameter, System.Func<string, string> emit) =>
        EmitWhenSet(writer, parameter, value =>
            parameter.Type is ArrayTypeRef array
                ? $"foreach ({_types.Name(array.Element, array.Element.IsNullable)} item in {value}) {{ {emit(Format(array.Element, "item"))} }}"
                : emit(Format(parameter, value)));

    // Calls `emit` with the parameter's value; for an optional parameter, only when it is set.
    private static void EmitWhenSet(SourceWriter writer, ParameterModel parameter, System.Func<string, string> emit)
    {
        if (parameter.IsRequired && !parameter.Type.IsNullable)
        {
            writer.Line(emit(parameter.Name));
            return;
        }

        string local = parameter.Name.TrimStart('@') + "Value";
        using (writer.Open($"if ({parameter.Name} is {{ }} {local})"))
        {
            writer.Line(emit(local));
        }
    }

    // A scalar in its location's default style is formatted directly; everything else goes through Expand.
    private static bool IsPlain(ParameterModel parameter, string defaultStyle) =>
        parameter.Type is PrimitiveTypeRef or EnumTypeRef or AnyTypeRef && parameter.Style == defaultStyle;

    private string Text(ParameterModel parameter, string value, bool escape)
    {
        if (parameter.Type is PrimitiveTypeRef or EnumTypeRef or AnyTypeRef)
        {
            string text = Format(parameter, value);
            return escape ? $"global::System.Uri.EscapeDataString({text})" : text;
        }

        return $"{_runtime}.Expand({CSharpLiteral.String(parameter.WireName)}, {Values(parameter.Type, value)}, \"simple\", {Bool(parameter.Explode)}, escape: {Bool(escape)})";
    }

    /// <summary>The parameter's value as name/value pairs: one for a scalar, one per item, one per member.</summary>
    private string Values(TypeRef type, string value) => type switch
    {
        ArrayTypeRef array => $"{_runtime}.Items({value}, static item => {Format(array.Element, "item")})",
        ModelTypeRef or MapTypeRef => $"{_runtime}.Members({JsonNames.Json}.JsonSerializer.SerializeToElement({value}, {TypeInfo(type)}))",
        _ => $"{_runtime}.Single({Format(type, value)})",
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private string Format(ParameterModel parameter, string value) => Format(parameter.Type, value);

    private string Format(TypeRef type, string value) => type switch
    {
        AnyTypeRef => $"{_runtime}.Format({value})",
        UnionTypeRef => $"{_runtime}.Format({value}.Json)",
        EnumTypeRef => $"{_runtime}.Format({value}.Value)",
        _ => $"{_runtime}.Format({value})",
    };
}

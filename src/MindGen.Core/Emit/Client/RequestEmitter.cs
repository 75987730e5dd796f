using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Emit.Json;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;
using Locals = MindGen.Naming.GeneratedNames.Locals;

namespace MindGen.Emit.Client;

/// <summary>
/// Emits the statements of an operation's send core that build its request: the URI from the path and query
/// parameters, headers, cookies and the body (<see cref="Securing"/> adds the credentials). Its locals come from
/// <see cref="MethodLocals"/>, so a parameter named <c>idValue</c> beside <c>id</c>, or one named <c>request</c>,
/// is no problem.
/// </summary>
internal sealed class RequestEmitter
{
    private readonly EmitContext _context;
    private readonly OperationModel _operation;
    private readonly MethodLocals _locals;

    public RequestEmitter(EmitContext context, OperationModel operation, MethodLocals locals)
    {
        _context = context;
        _operation = operation;
        _locals = locals;
    }

    private string Runtime => _context.Runtime;

    // The options' BaseAddress, else the URL their server variables make (when the document has any).
    private string BaseAddress => _context.Api.Server is null
        ? $"{GeneratedNames.OptionsField}.{GeneratedNames.BaseAddress}"
        : $"{GeneratedNames.OptionsField}.{GeneratedNames.BaseAddress} ?? {Runtime}.{GeneratedNames.ServerAddressMethod}({GeneratedNames.OptionsField})";

    public void Emit(SourceWriter writer)
    {
        writer.Line($"var {_locals.RequestUri} = new sys::Text.StringBuilder();");
        foreach (PathPart part in _operation.Path)
        {
            if (!part.IsParameter)
            {
                writer.Line($"{_locals.RequestUri}.Append({CSharpLiteral.String(part.Text)});");
                continue;
            }

            ParameterModel parameter = _operation.Parameters.First(p => p.Name == part.Text);
            writer.Line(IsPlain(parameter, ParameterStyle.Simple)
                ? $"{_locals.RequestUri}.Append({Runtime}.EscapePathSegment({Format(parameter.Type, parameter.Name)}));"
                : $"{_locals.RequestUri}.Append({Runtime}.Expand({CSharpLiteral.String(parameter.WireName)}, {Values(parameter.Type, parameter.Name)}, {Style(parameter.Style)}, explode: {TypeSyntax.Bool(parameter.Explode)}, escape: true));");
        }

        var query = _operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        if (query.Count > 0)
        {
            writer.Line($"char {_locals.Separator} = '?';");
            foreach (ParameterModel parameter in query)
            {
                // Kubernetes' ?watch=true asks for the stream: the streaming methods send it, the plain one what it is given.
                if (_operation.Response.Events?.QueryFlag == parameter.WireName)
                {
                    using (writer.Open($"if ({_locals.Streaming})"))
                    {
                        writer.Line($"{Runtime}.AppendQuery({_locals.RequestUri}, ref {_locals.Separator}, {CSharpLiteral.String(parameter.WireName)}, \"true\");");
                    }

                    using (writer.Open("else"))
                    {
                        EmitQueryParameter(writer, parameter);
                    }
                }
                else
                {
                    EmitQueryParameter(writer, parameter);
                }
            }
        }

        // The runtime's SendAsync disposes the request.
        string uri = $"{Runtime}.CreateUri({BaseAddress}, {GeneratedNames.HttpClientField}, {_locals.RequestUri}.ToString())";
        string method = $"new sys::Net.Http.HttpMethod({CSharpLiteral.String(_operation.HttpMethod)})";
        bool follows = _operation.Pagination is { FollowsLinks: true };
        if (follows)
        {
            // A later page is a GET of the address its link names (a search that starts with a POST goes on so), on
            // the client's origin only.
            uri = $"{_locals.PageUri} is not null ? {Runtime}.PageUri({BaseAddress}, {GeneratedNames.HttpClientField}, {_locals.PageUri}, {CSharpLiteral.String(_operation.OperationId)}) : {uri}";
            method = _operation.HttpMethod == "GET" ? method : $"{_locals.PageUri} is not null ? sys::Net.Http.HttpMethod.Get : {method}";
        }

        writer.Line($"var {_locals.Request} = new sys::Net.Http.HttpRequestMessage({method}, {uri});");
        // An Accept header parameter is the caller's choice among the representations: the client then adds none of its
        // own. Without validation: a media type the document misspells must not throw at every call.
        if (_operation.Response.Accept.Count > 0
            && !_operation.Parameters.Any(p => p.Location == ParameterLocation.Header && p.WireName.Equals("Accept", StringComparison.OrdinalIgnoreCase)))
        {
            string accept = CSharpLiteral.String(string.Join(", ", _operation.Response.Accept));
            writer.Line(_operation.Response is { OffersBodyOrStream: true, Events: { } events }
                ? $"{_locals.Request}.Headers.TryAddWithoutValidation(\"Accept\", {_locals.Streaming} ? {CSharpLiteral.String(events.MediaType)} : {accept});"
                : $"{_locals.Request}.Headers.TryAddWithoutValidation(\"Accept\", {accept});");
        }

        if (_operation.Response.Events is { Format: EventStreamFormat.ServerSentEvents })
        {
            using (writer.Open($"if ({_locals.LastEventId} is not null)"))
            {
                writer.Line($"{_locals.Request}.Headers.TryAddWithoutValidation(\"Last-Event-ID\", {_locals.LastEventId});");
            }
        }

        // HttpHeaders.Add validates each value: CR or LF in it throws before anything is sent.
        foreach (ParameterModel parameter in _operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            string name = CSharpLiteral.String(parameter.WireName);
            EmitWhenSet(writer, parameter, value => $"{_locals.Request}.Headers.Add({name}, {Text(parameter, value, escape: false)});");
        }

        foreach (ParameterModel parameter in _operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie))
        {
            // A form-style cookie is percent-encoded; 3.2's cookie style sends the value as given, pairs joined by "; ".
            string prefix = CSharpLiteral.String(parameter.WireName + "=");
            EmitWhenSet(writer, parameter, value => parameter.Style == ParameterStyle.Cookie
                ? $"{_locals.Request}.Headers.Add(\"Cookie\", {Runtime}.Expand({CSharpLiteral.String(parameter.WireName)}, {Values(parameter.Type, value)}, {Style(parameter.Style)}, explode: {TypeSyntax.Bool(parameter.Explode)}, escape: false));"
                : $"{_locals.Request}.Headers.Add(\"Cookie\", {prefix} + {Text(parameter, value, escape: true)});");
        }

        if (_operation.RequestBody is not { } body)
        {
            return;
        }

        if (!follows)
        {
            EmitBody(writer, body);
            return;
        }

        // A later page at a link is a GET: it sends no body.
        using (writer.Open($"if ({_locals.PageUri} is null)"))
        {
            EmitBody(writer, body);
        }
    }

    private void EmitQueryParameter(SourceWriter writer, ParameterModel parameter)
    {
        string name = CSharpLiteral.String(parameter.WireName);
        if (IsPlain(parameter, ParameterStyle.Form) || (parameter.Type is ArrayTypeRef && parameter.Style == ParameterStyle.Form && parameter.Explode))
        {
            EmitEach(writer, parameter, value => $"{Runtime}.AppendQuery({_locals.RequestUri}, ref {_locals.Separator}, {name}, {value});");
        }
        else if (parameter.SpreadsDeepObject)
        {
            EmitWhenSet(writer, parameter, value => $"{Runtime}.AppendDeepObject({_locals.RequestUri}, ref {_locals.Separator}, {name}, {Json(parameter.Type, value)});");
        }
        else
        {
            EmitWhenSet(writer, parameter, value => $"{Runtime}.AppendQueryValues({_locals.RequestUri}, ref {_locals.Separator}, {name}, {Values(parameter.Type, value)}, {Style(parameter.Style)}, explode: {TypeSyntax.Bool(parameter.Explode)});");
        }
    }

    /// <summary>
    /// The pending application of the operation's credentials to the request (a token provider may be asynchronous),
    /// or <c>default</c> when it has none: the runtime awaits it before sending.
    /// </summary>
    public string Securing() => SecurityPlan.Find(_context.SecurityPlans, _operation) is { } plan
        ? $"{Runtime}.{plan.MethodName}({_locals.Request}, {GeneratedNames.OptionsField}, {Locals.CancellationToken})"
        : "default";

    private void EmitBody(SourceWriter writer, RequestBodyModel body)
    {
        if (body.Kind == BodyKind.Multipart)
        {
            EmitMultipart(writer, body);
            return;
        }

        string value = body.Name + (TypeSyntax.IsValueType(body.Type) && (body.Type.IsNullable || !body.IsRequired) ? ".Value" : string.Empty);
        string declared = CSharpLiteral.String(body.MediaType);
        string media = body.MediaTypeParameter is { } chosen ? $"{chosen} ?? {declared}" : declared;
        string content = $"{_locals.Request}.Content";
        string assign = body.Kind switch
        {
            BodyKind.Form => $"{content} = {Runtime}.CreateFormContent({JsonNames.Json}JsonSerializer.SerializeToElement({value}, {_context.TypeInfo(body.Type)}));",
            BodyKind.Text => $"{content} = new sys::Net.Http.StringContent({value}, sys::Text.Encoding.UTF8, {media});",
            BodyKind.Binary => $"{content} = {Runtime}.CreateStreamContent({value}, {media});",
            BodyKind.JsonLines => $"{content} = {Runtime}.CreateJsonLinesContent({body.Name}, {_context.TypeInfo(body.Type)}, {media}, recordSeparated: {TypeSyntax.Bool(body.RecordSeparated)});",
            _ when _operation.Response is { OffersBodyOrStream: true, Events.RequestFlag: { } flag } =>
                $"{content} = {Runtime}.CreateJsonContent({value}, {_context.TypeInfo(body.Type)}, {media}, {CSharpLiteral.String(flag)}, {_locals.Streaming});",
            _ => $"{content} = {Runtime}.CreateJsonContent({value}, {_context.TypeInfo(body.Type)}, {media});",
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
        writer.Line($"var {_locals.Multipart} = new sys::Net.Http.MultipartFormDataContent();");
        foreach (MultipartPartModel part in body.Parts)
        {
            string wire = CSharpLiteral.String(part.WireName);
            string local = _locals.For(part.Name, "Part");
            string Add(string item) => part.IsFile
                ? $"{_locals.Multipart}.Add({item}.CreateContent({(part.FileContentType is null ? string.Empty : CSharpLiteral.String(part.FileContentType))}), {wire}, {item}.FileName);"
                : part.Type is PrimitiveTypeRef or EnumTypeRef
                    ? $"{_locals.Multipart}.Add(new sys::Net.Http.StringContent({Format(part.Type, item)}), {wire});"
                    : $"{_locals.Multipart}.Add({Runtime}.CreateJsonContent({item}, {_context.TypeInfo(part.Type)}, \"application/json\"), {wire});";
            using (writer.Open($"if ({part.Name} is {{ }} {local})"))
            {
                if (part.IsFile && part.Type is ArrayTypeRef)
                {
                    using (writer.Open($"foreach ({TypeSyntax.Generated(Template.FileParameter.DeclaredTypes[0])} {_locals.File} in {local})"))
                    {
                        writer.Line(Add(_locals.File));
                    }
                }
                else
                {
                    writer.Line(Add(local));
                }
            }
        }

        writer.Line($"{_locals.Request}.Content = {_locals.Multipart};");
    }

    // Calls `emit` with the formatted value of a parameter; optional ones only when set, arrays once per item.
    private void EmitEach(SourceWriter writer, ParameterModel parameter, Func<string, string> emit) =>
        EmitWhenSet(writer, parameter, value =>
            parameter.Type is ArrayTypeRef array
                ? $"foreach ({TypeSyntax.Name(array.Element, array.Element.IsNullable)} {_locals.Item} in {value}) {{ {emit(Format(array.Element, _locals.Item))} }}"
                : emit(Format(parameter.Type, value)));

    // Calls `emit` with the parameter's value; for an optional parameter, only when it is set.
    private void EmitWhenSet(SourceWriter writer, ParameterModel parameter, Func<string, string> emit)
    {
        if (parameter.IsRequired && !parameter.Type.IsNullable)
        {
            writer.Line(emit(parameter.Name));
            return;
        }

        string local = _locals.For(parameter.Name, "Value");
        using (writer.Open($"if ({parameter.Name} is {{ }} {local})"))
        {
            writer.Line(emit(local));
        }
    }

    // A scalar in its location's default style is formatted directly; everything else goes through Expand.
    private static bool IsPlain(ParameterModel parameter, ParameterStyle defaultStyle) =>
        parameter.Type is PrimitiveTypeRef or EnumTypeRef or AnyTypeRef && parameter.Style == defaultStyle;

    private string Text(ParameterModel parameter, string value, bool escape)
    {
        if (parameter.Type is PrimitiveTypeRef or EnumTypeRef or AnyTypeRef)
        {
            string text = Format(parameter.Type, value);
            return escape ? $"sys::Uri.EscapeDataString({text})" : text;
        }

        return $"{Runtime}.Expand({CSharpLiteral.String(parameter.WireName)}, {Values(parameter.Type, value)}, {Style(ParameterStyle.Simple)}, explode: {TypeSyntax.Bool(parameter.Explode)}, escape: {TypeSyntax.Bool(escape)})";
    }

    /// <summary>The parameter's value as name/value pairs: one for a scalar, one per item, one per member.</summary>
    private string Values(TypeRef type, string value) => type switch
    {
        ArrayTypeRef array => $"{Runtime}.Items({value}, static {_locals.Item} => {Format(array.Element, _locals.Item)})",
        ModelTypeRef or MapTypeRef => $"{Runtime}.Members({Json(type, value)})",
        _ => $"{Runtime}.Single({Format(type, value)})",
    };

    private string Json(TypeRef type, string value) => $"{JsonNames.Json}JsonSerializer.SerializeToElement({value}, {_context.TypeInfo(type)})";

    private string Format(TypeRef type, string value) => type switch
    {
        PrimitiveTypeRef { Kind: PrimitiveKind.TimeSpan } => $"{Runtime}.FormatConstant({value})",
        UnionTypeRef => $"{Runtime}.Format({value}.Json)",
        EnumTypeRef => $"{Runtime}.Format({value}.Value)",
        _ => $"{Runtime}.Format({value})",
    };

    // The runtime's words for the styles (RFC 6570 and OpenAPI's names).
    private static string Style(ParameterStyle style) => CSharpLiteral.String(style switch
    {
        ParameterStyle.Label => "label",
        ParameterStyle.Matrix => "matrix",
        ParameterStyle.Form => "form",
        ParameterStyle.SpaceDelimited => "spaceDelimited",
        ParameterStyle.PipeDelimited => "pipeDelimited",
        ParameterStyle.DeepObject => "deepObject",
        ParameterStyle.Cookie => "cookie",
        _ => "simple",
    });

}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Building.Schemas;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// Builds an operation's success response (the first 2xx: JSON typed, text a string, anything else a
/// stream; a stream of events or JSON lines beside or instead of JSON, see <see cref="EventStreamBuilder"/>), the
/// headers the successes declare (<see cref="ResponseHeadersBuilder"/>) and its documented errors with JSON bodies.
/// </summary>
internal sealed class ResponseBuilder(BuildContext context, OperationSite site, string methodStem)
{
    public ResponseModel Build()
    {
        var responses = (site.Operation.Responses ?? new OpenApiResponses()).Where(pair => pair.Value is not null).ToList();
        return Body(responses) with
        {
            Headers = context.ResponseHeaders.Build(responses, methodStem),
            Statuses = responses.Select(pair => pair.Key).OrderBy(key => key, StringComparer.Ordinal).ToEquatableArray(),
            ExampleJson = Example(Success(responses)),
        };
    }

    // What a fake answers with when not told otherwise: the success's own example, from its JSON media type or its schema.
    // Read whether or not the project asks for fakes, so that asking builds no model again (GitHub's read + build stays
    // 633 ms best warm with its 2.5 MB of examples).
    private static string? Example(KeyValuePair<string, IOpenApiResponse> success)
    {
        IOpenApiMediaType? json = success.Value?.Content?.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key) && MediaTypes.StreamFormat(pair.Key) is null).Value;
        JsonNode? example = json?.Example ?? json?.Examples?.Values.Select(value => value?.Value).FirstOrDefault(value => value is not null)
            ?? (json?.Schema is { } schema ? SchemaFacts.Example(schema) : null);
        return SpecJson.Text(example);
    }

    private ResponseModel Body(List<KeyValuePair<string, IOpenApiResponse>> responses)
    {
        EquatableArray<ErrorResponseModel> errors = Errors(responses);
        KeyValuePair<string, IOpenApiResponse> success = Success(responses);
        if (success.Key is null)
        {
            return new ResponseModel(null, null, Errors: errors, Accept: Accept([], errors));
        }

        var content = (success.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).Where(pair => pair.Value is not null).ToList();
        KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key) && MediaTypes.StreamFormat(pair.Key) is null);
        bool jsonBody = json.Key is not null && json.Value.Schema is not null && !SchemaShape.IsBinary(json.Value.Schema);
        var bodies = content.Where(pair => MediaTypes.StreamFormat(pair.Key) is null).ToList();
        EventStreamModel? events = new EventStreamBuilder(context, site, methodStem).Build(success.Key, content, alsoBody: bodies.Count > 0);

        // A stream and nothing else (or what Fern's x-fern-streaming: true says the JSON is): the plain method hands
        // over the body as it is, never buffered.
        if (events is not null && bodies.All(pair => pair.Key == events.MediaType))
        {
            return new ResponseModel(new PrimitiveTypeRef(PrimitiveKind.Stream), success.Value.Description, BodyKind.Binary, errors, Accept([events.MediaType], errors), events);
        }

        if (jsonBody)
        {
            TypeRef type = context.Schemas.Map(json.Value.Schema, new TypeNameHint(methodStem + "Response", null), SchemaPointer(success.Key, json.Key!));

            // Another success without a body (200 with one, 204 without): the result is null when it comes.
            if (responses.Any(pair => pair.Key.StartsWith("2", StringComparison.Ordinal) && pair.Key != success.Key && pair.Value.Content is not { Count: > 0 }))
            {
                type = type with { IsNullable = true };
            }

            return new ResponseModel(type, success.Value.Description, Errors: errors, Accept: Accept([json.Key!], errors), Events: events);
        }

        if (content.Count == 0 || (json.Key is not null && !SchemaShape.IsBinary(json.Value.Schema)))
        {
            return new ResponseModel(null, success.Value.Description, Errors: errors, Accept: Accept([], errors));
        }

        var text = bodies.Where(pair => MediaTypes.IsText(pair.Key)).Select(pair => pair.Key).ToList();
        return text.Count > 0
            ? new ResponseModel(new PrimitiveTypeRef(PrimitiveKind.String), success.Value.Description, BodyKind.Text, errors, Accept(text, errors), events)
            : new ResponseModel(new PrimitiveTypeRef(PrimitiveKind.Stream), success.Value.Description, BodyKind.Binary, errors, Accept(bodies.Select(pair => pair.Key), errors), events);
    }

    /// <summary>The response the client reads: the first 2xx by its key (200 before 201), or none.</summary>
    public static KeyValuePair<string, IOpenApiResponse> Success(IEnumerable<KeyValuePair<string, IOpenApiResponse>> responses) =>
        responses.Where(pair => pair.Value is not null && pair.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .FirstOrDefault();

    // What the client asks for: the media types of the body it reads, and JSON when an error's body is JSON.
    private static EquatableArray<string> Accept(IEnumerable<string> bodyMediaTypes, EquatableArray<ErrorResponseModel> errors)
    {
        var accept = bodyMediaTypes.ToList();
        if (errors.Count > 0 && !accept.Any(MediaTypes.IsJson))
        {
            accept.Add("application/json");
        }

        return accept.ToEquatableArray();
    }

    // 4xx/5xx and `default` responses with a JSON body become typed errors (ApiException<TError>): exact
    // codes first, then classes (4XX), then default.
    private EquatableArray<ErrorResponseModel> Errors(List<KeyValuePair<string, IOpenApiResponse>> responses)
    {
        var errors = new List<ErrorResponseModel>();
        foreach ((KeyValuePair<string, IOpenApiResponse> response, StatusPattern status) in responses
            .Select(response => (response, Status: ErrorStatus(response.Key)))
            .Where(pair => pair.Status is not null)
            .OrderBy(pair => pair.Status!.Kind)
            .ThenBy(pair => pair.response.Key, StringComparer.Ordinal)
            .Select(pair => (pair.response, pair.Status!)))
        {
            KeyValuePair<string, IOpenApiMediaType> json = (response.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).FirstOrDefault(pair => MediaTypes.IsJson(pair.Key) && pair.Value?.Schema is not null);
            if (json.Key is null)
            {
                continue;
            }

            string suffix = status.Kind == StatusPatternKind.Default ? "Error" : "Error" + response.Key.ToUpperInvariant();
            TypeRef type = context.Schemas.Map(json.Value.Schema, new TypeNameHint(methodStem + suffix, null), SchemaPointer(response.Key, json.Key));
            errors.Add(new ErrorResponseModel(status, type with { IsNullable = false }, response.Value.Description, json.Key));
        }

        return errors.ToEquatableArray();
    }

    private string SchemaPointer(string status, string mediaType) =>
        SpecPointer.Append(SpecPointer.Append(site.Pointer, "responses", status, "content"), mediaType, "schema");

    /// <summary>What an error response's key stands for; null for keys that are not errors (2xx, 3xx, nonsense).</summary>
    private static StatusPattern? ErrorStatus(string key)
    {
        if (key.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return new StatusPattern(StatusPatternKind.Default, 0);
        }

        if (key.Length != 3 || key[0] is not ('4' or '5'))
        {
            return null;
        }

        int statusClass = key[0] - '0';
        if (key.Substring(1).Equals("XX", StringComparison.OrdinalIgnoreCase))
        {
            return new StatusPattern(StatusPatternKind.Class, statusClass);
        }

        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int code) ? new StatusPattern(StatusPatternKind.Exact, code) : null;
    }
}

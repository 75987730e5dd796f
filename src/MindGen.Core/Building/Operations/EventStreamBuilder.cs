using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Building.Schemas;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// Finds the stream a success response offers, by the first rule that applies: an OpenAPI 3.2 <c>itemSchema</c>
/// on a streaming media type, else the media type itself (<c>text/event-stream</c>, NDJSON and its kin,
/// <c>application/json-seq</c>, <c>application/json;stream=watch</c>) with the schema as the item, or its
/// <c>items</c> when it is an array; else Fern's <c>x-fern-streaming</c>. Which rule applied is an info diagnostic.
/// </summary>
internal sealed class EventStreamBuilder(BuildContext context, OperationSite site, string methodStem)
{
    /// <param name="status">The success response's key, for pointers.</param>
    /// <param name="content">The success response's media types.</param>
    /// <param name="alsoBody">Whether the response offers another body too (JSON, audio): the request then says which it wants.</param>
    public EventStreamModel? Build(string status, IReadOnlyList<KeyValuePair<string, IOpenApiMediaType>> content, bool alsoBody)
    {
        StreamItem.ReportUnread(context, content, SpecPointer.Append(site.Pointer, "responses", status, "content"));
        KeyValuePair<string, IOpenApiMediaType> stream = content
            .Where(pair => MediaTypes.StreamFormat(pair.Key) is not null)
            .OrderBy(pair => pair.Value.ItemSchema is null)
            .FirstOrDefault();
        if (stream.Key is null)
        {
            return alsoBody ? FernStreaming(content, status) : null;
        }

        EventStreamFormat format = MediaTypes.StreamFormat(stream.Key)!.Value;
        string pointer = SpecPointer.Append(SpecPointer.Append(site.Pointer, "responses", status, "content"), stream.Key);
        bool watch = MediaTypes.IsWatch(stream.Key);
        (IOpenApiSchema? itemSchema, string itemPointer, bool fromItemSchema) = StreamItem.Of(stream.Value, pointer);
        if (watch)
        {
            (itemSchema, itemPointer) = WatchedObject(itemSchema, itemPointer);
        }

        string? flag = alsoBody && !watch ? RequestFlag("stream") : null;
        // OpenAI's streams end with data: [DONE]; Speakeasy's extension names another end.
        string? terminator = format != EventStreamFormat.ServerSentEvents ? null
            : stream.Value.Extensions?.TryGetValue("x-speakeasy-sse-sentinel", out IOpenApiExtension? sentinel) == true && Text(sentinel) is { } named ? named
            : "[DONE]";
        if (format == EventStreamFormat.ServerSentEvents && fromItemSchema)
        {
            if (EventUnionBuilder.Build(context, itemSchema!, itemPointer, methodStem) is { } union)
            {
                return Model(format, stream.Key, new ModelTypeRef(union.Name), isJson: false, flag, terminator, pointer, "its itemSchema's named events", union);
            }

            (itemSchema, itemPointer) = EventData(itemSchema!, itemPointer);
        }

        bool isJson = format != EventStreamFormat.ServerSentEvents || IsJsonData(itemSchema);
        TypeRef item = isJson
            ? context.Schemas.Map(itemSchema, new TypeNameHint(methodStem + "Item", null), itemPointer) with { IsNullable = false }
            : new PrimitiveTypeRef(PrimitiveKind.String);
        return Model(format, stream.Key, item, isJson, flag, terminator, pointer, fromItemSchema ? "its itemSchema" : "its media type") with
        {
            IsWatch = watch,
            QueryFlag = watch && alsoBody && HasBooleanQuery("watch") ? "watch" : null,
        };
    }

    // Kubernetes' watch: each line is an event, {"type": "ADDED", "object": {...}}; the item is the object. A list
    // operation's schema is the list ({items: [...]}), whose item it is; a watch endpoint's is the event itself.
    private static (IOpenApiSchema? Schema, string Pointer) WatchedObject(IOpenApiSchema? schema, string pointer)
    {
        if (schema?.Properties is not { } members)
        {
            return (schema, pointer);
        }

        if (members.TryGetValue("items", out IOpenApiSchema? list) && list is { Type: { } type, Items: { } element } && type.HasFlag(JsonSchemaType.Array))
        {
            return (element, SpecPointer.Append(pointer, "properties", "items", "items"));
        }

        return members.ContainsKey("type") && members.TryGetValue("object", out IOpenApiSchema? watched)
            ? (watched, SpecPointer.Append(pointer, "properties", "object"))
            : (schema, pointer);
    }

    // Kubernetes asks for the watch with ?watch=true, a parameter of the operation or of its path.
    private bool HasBooleanQuery(string name) =>
        (site.Operation.Parameters ?? []).Concat(site.Item.Parameters ?? [])
            .Any(parameter => parameter is { In: Microsoft.OpenApi.ParameterLocation.Query, Schema: { } schema } && parameter.Name == name && SchemaShape.NonNullTypes(schema) == JsonSchemaType.Boolean);

    private EventStreamModel Model(EventStreamFormat format, string mediaType, TypeRef item, bool isJson, string? flag, string? terminator, string pointer, string rule, EventUnionModel? union = null)
    {
        string method = context.TakeMethodStem(methodStem + "Streaming") + "Async";
        string responseMethod = context.TakeMethodStem(methodStem + "StreamingWithResponse") + "Async";
        context.Diagnostics.Report(DiagnosticCatalog.StreamDetected, pointer, site.Operation.OperationId ?? site.Method + " " + site.Path, Describe(format), mediaType, rule, method);
        return new EventStreamModel(method, responseMethod, format, mediaType, item, isJson, flag, terminator, union);
    }

    // Fern's extension on an operation that answers with JSON: `x-fern-streaming: { format: sse | json,
    // stream-condition: $request.stream, response-stream: { $ref }, terminator }`, the JSON or a stream as the request
    // asks; or `x-fern-streaming: true`, JSON lines of the response's schema and nothing else.
    private EventStreamModel? FernStreaming(IReadOnlyList<KeyValuePair<string, IOpenApiMediaType>> content, string status)
    {
        if (site.Operation.Extensions?.TryGetValue("x-fern-streaming", out IOpenApiExtension? extension) != true)
        {
            return null;
        }

        string pointer = SpecPointer.Append(site.Pointer, "x-fern-streaming");
        JsonNode? fern = (extension as JsonNodeExtension)?.Node;
        if (fern is JsonValue flag && flag.TryGetValue(out bool streams))
        {
            KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key) && pair.Value.Schema is not null);
            if (!streams || json.Key is null)
            {
                return null;
            }

            string schemaPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(site.Pointer, "responses", status, "content"), json.Key), "schema");
            TypeRef lines = context.Schemas.Map(json.Value.Schema, new TypeNameHint(methodStem + "Item", null), schemaPointer) with { IsNullable = false };
            return Model(EventStreamFormat.JsonLines, json.Key, lines, isJson: true, flag: null, terminator: null, pointer, "x-fern-streaming: true");
        }

        if (fern is not JsonObject options
            || (options["response-stream"] as JsonObject)?["$ref"] is not JsonValue reference || !reference.TryGetValue(out string? target)
            || !target.StartsWith(ComponentSchemas, StringComparison.Ordinal))
        {
            return null;
        }

        bool sse = (options["format"] as JsonValue)?.TryGetValue(out string? format) == true && format == "sse";
        var streamed = new OpenApiSchemaReference(SpecPointer.Unescape(target.Substring(ComponentSchemas.Length)), context.Document);
        TypeRef item = context.Schemas.Map(streamed, new TypeNameHint(methodStem + "Item", null), SpecPointer.Append(pointer, "response-stream")) with { IsNullable = false };
        string? condition = (options["stream-condition"] as JsonValue)?.TryGetValue(out string? text) == true ? text : null;
        string? requestFlag = condition is not null && condition.StartsWith("$request.", StringComparison.Ordinal) ? RequestFlag(condition.Substring("$request.".Length)) : RequestFlag("stream");
        string? terminator = (options["terminator"] as JsonValue)?.TryGetValue(out string? end) == true ? end : sse ? "[DONE]" : null;
        return sse
            ? Model(EventStreamFormat.ServerSentEvents, "text/event-stream", item, isJson: true, requestFlag, terminator, pointer, "x-fern-streaming")
            : Model(EventStreamFormat.JsonLines, "application/x-ndjson", item, isJson: true, requestFlag, terminator, pointer, "x-fern-streaming");
    }

    private const string ComponentSchemas = "#/components/schemas/";

    private static string? Text(IOpenApiExtension extension) =>
        (extension as JsonNodeExtension)?.Node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>
    /// What an event's data holds, when OpenAPI 3.2 describes the event as an object of its fields: the
    /// <c>contentSchema</c> of JSON data, else the schema of <c>data</c> itself.
    /// </summary>
    internal static (IOpenApiSchema? Schema, string Pointer) EventData(IOpenApiSchema eventSchema, string pointer)
    {
        if (eventSchema.Properties is not { } fields || !fields.TryGetValue("data", out IOpenApiSchema? data) || data is null)
        {
            return (null, pointer);
        }

        string dataPointer = SpecPointer.Append(pointer, "properties", "data");
        return data is IOpenApiSchemaMissingProperties { ContentSchema: { } payload }
            ? (payload, SpecPointer.Append(dataPointer, "contentSchema"))
            : (data, dataPointer);
    }

    /// <summary>An event's data is text unless a schema says what JSON it holds: one that is not a plain string.</summary>
    internal static bool IsJsonData(IOpenApiSchema? data) =>
        data is not null
        && !(data is not OpenApiSchemaReference && data.Type is { } type && type.HasFlag(JsonSchemaType.String) && data.Properties is not { Count: > 0 });

    // OpenAI and Ollama answer with JSON or with a stream by a boolean `stream` member of the request body.
    private string? RequestFlag(string name)
    {
        IOpenApiSchema? body = site.Operation.RequestBody?.Content?.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key)).Value?.Schema;
        return body is not null && HasBoolean(body, name, depth: 0) ? name : null;
    }

    // A member of the object or of any schema it is allOf (OpenAI's requests are compositions).
    private static bool HasBoolean(IOpenApiSchema schema, string name, int depth) =>
        depth < 8
        && ((schema.Properties is { } properties && properties.TryGetValue(name, out IOpenApiSchema? member) && member is not null && IsBoolean(member))
            || (schema.AllOf ?? []).Any(part => part is not null && HasBoolean(part, name, depth + 1)));

    // `type: boolean`, nullable or not, also spelled anyOf/oneOf [boolean, null].
    private static bool IsBoolean(IOpenApiSchema schema) =>
        SchemaShape.NonNullTypes(schema) == JsonSchemaType.Boolean
        || (SchemaShape.Alternatives(schema) is { Members: var members }
            && members.Where(choice => choice is not null && choice.Type != JsonSchemaType.Null).ToList() is { Count: > 0 } choices
            && choices.All(choice => SchemaShape.NonNullTypes(choice) == JsonSchemaType.Boolean));

    private static string Describe(EventStreamFormat format) => format switch
    {
        EventStreamFormat.ServerSentEvents => "server-sent events",
        EventStreamFormat.JsonLines => "JSON lines",
        _ => "a JSON text sequence",
    };
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Cli;

/// <summary>
/// Turns the JSON schema of one operation's response or request body into a standalone JSON Schema document: the
/// schema itself, with every component schema of the spec under <c>definitions</c> and the references rewritten
/// to point there, so a JSON Schema validator needs nothing else. Written as OpenAPI 3.1 schemas are, so
/// 3.0's <c>nullable</c> arrives as a <c>null</c> type.
/// </summary>
public static class OperationSchemas
{
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>The schema of a JSON request body, by the operation's path template and method; null when it takes none.</summary>
    public static string? RequestBody(OpenApiDocument document, OperationModel operation)
    {
        OpenApiOperation? found = Operations(document)
            .FirstOrDefault(entry => entry.Path == operation.PathTemplate && entry.Method.Method.Equals(operation.HttpMethod, StringComparison.OrdinalIgnoreCase)).Operation;
        IOpenApiSchema? schema = found?.RequestBody?.Content?.FirstOrDefault(entry => MediaTypes.IsJson(entry.Key)).Value?.Schema;
        return schema is null ? null : Standalone(document, schema);
    }

    public static (string SchemaJson, string Description) Response(OpenApiDocument document, ApiDescription api, string operationName, string? status)
    {
        string operationId = api.Operations
            .FirstOrDefault(operation => operation.MethodName == operationName || operation.MethodName == operationName + "Async")?.OperationId
            ?? operationName;
        (string path, HttpMethod method, OpenApiOperation operation) = Operations(document).FirstOrDefault(entry => entry.Operation.OperationId == operationId);
        if (operation is null)
        {
            string known = string.Join(", ", Operations(document).Select(entry => entry.Operation.OperationId).Where(id => id is not null).Take(20));
            throw new UserError($"no operation '{operationName}' in the spec (operationIds: {known})");
        }

        KeyValuePair<string, IOpenApiResponse> response = status is null
            ? operation.Responses?.Where(entry => entry.Key.StartsWith('2')).OrderBy(entry => entry.Key, StringComparer.Ordinal).FirstOrDefault() ?? default
            : operation.Responses?.FirstOrDefault(entry => entry.Key.Equals(status, StringComparison.OrdinalIgnoreCase)) ?? default;
        if (response.Value is null)
        {
            throw new UserError($"{operationId} has no {(status is null ? "success" : $"'{status}'")} response in the spec");
        }

        IOpenApiSchema schema = JsonContent(response.Value)
            ?? throw new UserError($"the {response.Key} response of {operationId} has no JSON body to validate");
        return (Standalone(document, schema), $"{method.Method} {path} → {response.Key}");
    }

    private static IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths ?? new OpenApiPaths()
        from operation in path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()
        select (path.Key, operation.Key, operation.Value);

    private static IOpenApiSchema? JsonContent(IOpenApiResponse response)
    {
        IDictionary<string, IOpenApiMediaType> content = response.Content ?? new Dictionary<string, IOpenApiMediaType>();
        // The generator's own rule, so that validate checks exactly the bodies the client reads as JSON.
        KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(entry => MediaTypes.IsJson(entry.Key));
        return json.Value?.Schema;
    }

    private static string Standalone(OpenApiDocument document, IOpenApiSchema schema)
    {
        // A bare reference at the root is wrapped, so that the root has no siblings the reference would hide.
        JsonObject root = Serialize(schema) is JsonObject serialized && !serialized.ContainsKey("$ref")
            ? serialized
            : new JsonObject { ["allOf"] = new JsonArray(Serialize(schema)) };
        var definitions = new JsonObject();
        foreach (KeyValuePair<string, IOpenApiSchema> component in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            definitions[component.Key] = Serialize(component.Value);
        }

        root["definitions"] = definitions;
        PointReferencesAtDefinitions(root);
        return root.ToJsonString();
    }

    private static JsonNode? Serialize(IOpenApiSchema schema)
    {
        using var text = new StringWriter();
        var writer = new OpenApiJsonWriter(text);
        schema.SerializeAsV31(writer);
        return JsonNode.Parse(text.ToString());
    }

    private static void PointReferencesAtDefinitions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                {
                    if (property.Key == "$ref" && property.Value is JsonValue value && value.TryGetValue(out string? reference) && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                    {
                        obj["$ref"] = "#/definitions/" + reference.Substring(ComponentPrefix.Length);
                    }
                    else
                    {
                        PointReferencesAtDefinitions(property.Value);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    PointReferencesAtDefinitions(item);
                }

                break;
        }
    }
}

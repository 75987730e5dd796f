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
/// Finds how a list operation names its next page, by the first rule that applies (docs/diagnostics.md, MG0017):
/// Speakeasy's <c>x-speakeasy-pagination</c> and Fern's <c>x-fern-pagination</c> (their cursor and next-URL forms,
/// over members of the body itself); Azure's <c>x-ms-pageable</c>; a <c>Link</c> header the success response
/// declares (GitHub); a member of the body named like a next link (<c>nextLink</c>, <c>next</c>, <c>next_url</c>…); a member named like a cursor
/// (<c>next_cursor</c>, <c>next_page_token</c>…) with a query parameter named like one (<c>cursor</c>,
/// <c>page_token</c>…); a boolean <c>has_more</c> with a <c>starting_after</c> parameter, the last item's <c>id</c>
/// going on from it (Stripe). The page's items are the body when it is an array, else its one array member (or the one
/// named <c>items</c>, <c>data</c>, <c>value</c>…).
/// </summary>
internal sealed class PaginationBuilder(BuildContext context, OperationSite site, string methodStem)
{
    private static readonly string[] NextLinkMembers = ["nextLink", "next_link", "next", "nextUrl", "next_url", "nextPageUrl", "next_page_url", "@odata.nextLink"];
    private static readonly string[] CursorMembers = ["next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "continuation_token", "continuationToken", "cursor"];
    private static readonly string[] CursorParameters = ["cursor", "page_token", "pageToken", "token", "next_token", "nextToken", "continuation_token", "continuationToken", "after"];
    private static readonly string[] ItemMembers = ["items", "data", "results", "value", "values", "entries", "records"];
    private const string LastItemId = "id";

    public PaginationModel? Build(ResponseModel response, IReadOnlyList<ParameterModel> parameters)
    {
        if (response is not { Kind: BodyKind.Json, BodyType: { } } || ResponseBuilder.Success(site.Operation.Responses ?? new OpenApiResponses()).Value is not { } success
            || success.Content?.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key)).Value?.Schema is not { } body)
        {
            return null;
        }

        // Items and Next are JSON members of the body; Cursor the method parameter that sends a cursor.
        (PaginationKind Kind, string? Items, string? Next, string? Cursor, string Rule)? found =
            Speakeasy(body, parameters) ?? Fern(body, parameters) ?? MsPageable(body) ?? LinkHeader(success, body) ?? NextLink(body) ?? Cursor(body, parameters) ?? AfterLastItem(body, parameters);
        if (found is not { } paging || Property(response.BodyType, paging.Items) is not (true, ArrayTypeRef list, var items)
            || Property(response.BodyType, paging.Next) is not (true, var nextType, var next))
        {
            return null;
        }

        // After the last item: the item's class must have the id it goes on from.
        string? itemId = null;
        if (paging.Kind == PaginationKind.AfterLastItem)
        {
            if (Property(list.Element, LastItemId) is not (true, PrimitiveTypeRef { Kind: PrimitiveKind.String }, { } id))
            {
                return null;
            }

            itemId = id;
        }

        string all = context.TakeMethodStem(methodStem + "All") + "Async";
        string pages = context.TakeMethodStem(methodStem + "Pages") + "Async";
        context.Diagnostics.Report(DiagnosticCatalog.PaginationDetected, site.Pointer, site.Operation.OperationId ?? site.Method + " " + site.Path, paging.Rule, all, pages);
        return new PaginationModel(all, pages, paging.Kind, list.Element, items, next, next is null ? null : nextType, paging.Cursor, itemId);
    }

    // The body's property with that JSON name, as its class has it (null: the body itself); not found when the body
    // is not a class that has it.
    private (bool Found, TypeRef? Type, string? Name) Property(TypeRef body, string? jsonName)
    {
        if (jsonName is null)
        {
            return (true, body, null);
        }

        string? className = (body as ModelTypeRef)?.Name;
        while (className is not null && context.Schemas.Output.TryGet(className, out ObjectModel model))
        {
            if (model.Properties.FirstOrDefault(property => property.JsonName == jsonName) is { } property)
            {
                return (true, property.Type, property.Name);
            }

            className = model.BaseName;
        }

        return (false, null, null);
    }

    // x-speakeasy-pagination: { type: cursor, inputs: [{ name: cursor, in: parameters, type: cursor }],
    // outputs: { nextCursor: $.next_cursor, results: $.data } }, or { type: url, outputs: { nextUrl: $.next } }.
    private (PaginationKind, string?, string?, string?, string)? Speakeasy(IOpenApiSchema body, IReadOnlyList<ParameterModel> parameters)
    {
        if (Extension("x-speakeasy-pagination") is not JsonObject pagination || pagination["outputs"] is not JsonObject outputs
            || Results(body, outputs["results"], "$.") is not (true, var items))
        {
            return null;
        }

        string? type = Text(pagination["type"]);
        if (type == "url" && Member(outputs["nextUrl"], "$.") is { } nextUrl)
        {
            return (PaginationKind.NextLink, items, nextUrl, null, "x-speakeasy-pagination");
        }

        string? input = (pagination["inputs"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(input => Text(input["type"]) == "cursor" && Text(input["in"]) == "parameters") is { } cursorInput ? Text(cursorInput["name"]) : null;
        return type == "cursor" && Member(outputs["nextCursor"], "$.") is { } nextCursor && QueryString(parameters, input) is { } parameter
            ? (PaginationKind.Cursor, items, nextCursor, parameter, "x-speakeasy-pagination")
            : null;
    }

    // x-fern-pagination: { cursor: $request.cursor, next_cursor: $response.next, results: $response.data }.
    private (PaginationKind, string?, string?, string?, string)? Fern(IOpenApiSchema body, IReadOnlyList<ParameterModel> parameters) =>
        Extension("x-fern-pagination") is JsonObject pagination
        && Member(pagination["next_cursor"], "$response.") is { } nextCursor
        && Member(pagination["cursor"], "$request.") is { } cursor && QueryString(parameters, cursor) is { } parameter
        && Results(body, pagination["results"], "$response.") is (true, var items)
            ? (PaginationKind.Cursor, items, nextCursor, parameter, "x-fern-pagination")
            : null;

    // The items an extension names: a member of the body, or the body's own list when it names none.
    private static (bool Found, string? Member) Results(IOpenApiSchema body, JsonNode? path, string prefix) =>
        path is null ? Items(body) : Member(path, prefix) is { } member ? (true, member) : (false, null);

    // A member of the body (or the request) a path names: `$.data` → data. Deeper paths are not read.
    private static string? Member(JsonNode? path, string prefix) =>
        Text(path) is { } text && text.StartsWith(prefix, StringComparison.Ordinal) && text.Substring(prefix.Length) is { Length: > 0 } name && name.IndexOfAny(['.', '[']) < 0
            ? name
            : null;

    // The method parameter (its C# name) that sends a cursor: the string query parameter of that wire name.
    private static string? QueryString(IReadOnlyList<ParameterModel> parameters, string? wireName) =>
        parameters.FirstOrDefault(parameter => parameter.WireName == wireName && IsQueryString(parameter))?.Name;

    private static bool IsQueryString(ParameterModel parameter) =>
        parameter.Location == Model.ParameterLocation.Query && parameter.Type is PrimitiveTypeRef { Kind: PrimitiveKind.String };

    private JsonNode? Extension(string name) =>
        site.Operation.Extensions?.TryGetValue(name, out IOpenApiExtension? extension) == true ? (extension as JsonNodeExtension)?.Node : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    // x-ms-pageable: { nextLinkName: nextLink, itemName: value }; a null nextLinkName is one page only.
    private (PaginationKind, string?, string?, string?, string)? MsPageable(IOpenApiSchema body)
    {
        if (Extension("x-ms-pageable") is not JsonObject pageable || Text(pageable["nextLinkName"]) is not { } next)
        {
            return null;
        }

        string items = Text(pageable["itemName"]) ?? "value";
        return Members(body).ContainsKey(items) ? (PaginationKind.NextLink, items, next, null, "x-ms-pageable") : null;
    }

    private static (PaginationKind, string?, string?, string?, string)? LinkHeader(IOpenApiResponse success, IOpenApiSchema body) =>
        success.Headers?.Keys.Any(name => name.Equals("Link", StringComparison.OrdinalIgnoreCase)) == true && Items(body) is (true, var items)
            ? (PaginationKind.LinkHeader, items, null, null, "a Link header")
            : null;

    private static (PaginationKind, string?, string?, string?, string)? NextLink(IOpenApiSchema body)
    {
        IDictionary<string, IOpenApiSchema> members = Members(body);
        string? next = NextLinkMembers.FirstOrDefault(name => members.TryGetValue(name, out IOpenApiSchema? member) && IsString(member));
        return next is not null && Items(body) is (true, { } items) ? (PaginationKind.NextLink, items, next, null, $"the next link in '{next}'") : null;
    }

    private static (PaginationKind, string?, string?, string?, string)? Cursor(IOpenApiSchema body, IReadOnlyList<ParameterModel> parameters)
    {
        IDictionary<string, IOpenApiSchema> members = Members(body);
        string? cursor = CursorMembers.FirstOrDefault(name => members.TryGetValue(name, out IOpenApiSchema? member) && IsString(member));
        ParameterModel? parameter = parameters.FirstOrDefault(parameter => IsQueryString(parameter) && CursorParameters.Contains(parameter.WireName));
        return cursor is not null && parameter is not null && Items(body) is (true, { } items)
            ? (PaginationKind.Cursor, items, cursor, parameter.Name, $"the cursor in '{cursor}', sent as '{parameter.WireName}'")
            : null;
    }

    // Stripe: { data: [...], has_more: true } and a query parameter starting_after, which takes the last item's id.
    private static (PaginationKind, string?, string?, string?, string)? AfterLastItem(IOpenApiSchema body, IReadOnlyList<ParameterModel> parameters)
    {
        ParameterModel? parameter = parameters.FirstOrDefault(parameter => IsQueryString(parameter) && parameter.WireName == "starting_after");
        return parameter is not null && Members(body).TryGetValue("has_more", out IOpenApiSchema? more) && more is not null
            && SchemaShape.NonNullTypes(more) == JsonSchemaType.Boolean && Items(body) is (true, { } items)
                ? (PaginationKind.AfterLastItem, items, "has_more", parameter.Name, $"the last item's id, sent as '{parameter.WireName}' while 'has_more' says more follow")
                : null;
    }

    // The page's items: the body when it is an array (null: no member), else its one array member, or the one
    // with a list's name when it has several.
    private static (bool Found, string? Member) Items(IOpenApiSchema body)
    {
        if (IsArray(body))
        {
            return (true, null);
        }

        var arrays = Members(body).Where(pair => pair.Value is not null && IsArray(pair.Value)).Select(pair => pair.Key).ToList();
        string? member = arrays.Count == 1 ? arrays[0] : ItemMembers.FirstOrDefault(arrays.Contains);
        return (member is not null, member);
    }

    // The body's members, its own and those of the schemas it is allOf.
    private static IDictionary<string, IOpenApiSchema> Members(IOpenApiSchema schema)
    {
        var members = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (IOpenApiSchema part in (schema.AllOf ?? []).Where(part => part is not null).Prepend(schema))
        {
            foreach (KeyValuePair<string, IOpenApiSchema> member in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                members[member.Key] = member.Value;
            }
        }

        return members;
    }

    private static bool IsArray(IOpenApiSchema schema) => SchemaShape.NonNullTypes(schema) == JsonSchemaType.Array;

    private static bool IsString(IOpenApiSchema? schema) => schema is not null && SchemaShape.NonNullTypes(schema) == JsonSchemaType.String;
}

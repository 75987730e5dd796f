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
/// Azure's <c>x-ms-pageable</c>; a <c>Link</c> header the success response declares (GitHub); a member of the body
/// named like a next link (<c>nextLink</c>, <c>next</c>, <c>next_url</c>…); a member named like a cursor
/// (<c>next_cursor</c>, <c>next_page_token</c>…) with a query parameter named like one (<c>cursor</c>,
/// <c>page_token</c>…). The page's items are the body when it is an array, else its one array member (or the one
/// named <c>items</c>, <c>data</c>, <c>value</c>…).
/// </summary>
internal sealed class PaginationBuilder(BuildContext context, OperationSite site, string methodStem)
{
    private static readonly string[] NextLinkMembers = ["nextLink", "next_link", "next", "nextUrl", "next_url", "nextPageUrl", "next_page_url", "@odata.nextLink"];
    private static readonly string[] CursorMembers = ["next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "continuation_token", "continuationToken", "cursor"];
    private static readonly string[] CursorParameters = ["cursor", "page_token", "pageToken", "token", "next_token", "nextToken", "continuation_token", "continuationToken", "after"];
    private static readonly string[] ItemMembers = ["items", "data", "results", "value", "values", "entries", "records"];

    public PaginationModel? Build(ResponseModel response, IReadOnlyList<ParameterModel> parameters)
    {
        if (response is not { Kind: BodyKind.Json, BodyType: { } } || Success() is not { } success
            || success.Content?.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key)).Value?.Schema is not { } body)
        {
            return null;
        }

        (PaginationKind Kind, string? Items, string? Next, string? Cursor, string Rule)? found =
            MsPageable(body) ?? LinkHeader(success, body) ?? NextLink(body) ?? Cursor(body, parameters);
        if (found is not { } paging || Property(response.BodyType, paging.Items) is not (true, ArrayTypeRef list, var items)
            || Property(response.BodyType, paging.Next) is not (true, var nextType, var next))
        {
            return null;
        }

        string all = context.TakeMethodStem(methodStem + "All") + "Async";
        string pages = context.TakeMethodStem(methodStem + "Pages") + "Async";
        context.Diagnostics.Report(DiagnosticCatalog.PaginationDetected, site.Pointer, site.Operation.OperationId ?? site.Method + " " + site.Path, paging.Rule, all, pages);
        string? cursor = parameters.FirstOrDefault(parameter => parameter.WireName == paging.Cursor && parameter.Location == Model.ParameterLocation.Query)?.Name;
        return new PaginationModel(all, pages, paging.Kind, list.Element, items, next, next is null ? null : nextType, cursor);
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

    private IOpenApiResponse? Success() =>
        (site.Operation.Responses ?? new OpenApiResponses())
            .Where(pair => pair.Key.StartsWith("2", StringComparison.Ordinal) && pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Value)
            .FirstOrDefault();

    // x-ms-pageable: { nextLinkName: nextLink, itemName: value }; a null nextLinkName is one page only.
    private (PaginationKind, string?, string?, string?, string)? MsPageable(IOpenApiSchema body)
    {
        if (site.Operation.Extensions?.TryGetValue("x-ms-pageable", out IOpenApiExtension? extension) != true
            || (extension as JsonNodeExtension)?.Node is not JsonObject pageable
            || pageable["nextLinkName"] is not JsonValue nextName || !nextName.TryGetValue(out string? next))
        {
            return null;
        }

        string items = (pageable["itemName"] as JsonValue)?.TryGetValue(out string? named) == true ? named : "value";
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
        ParameterModel? parameter = parameters.FirstOrDefault(parameter => parameter.Location == Model.ParameterLocation.Query
            && parameter.Type is PrimitiveTypeRef { Kind: PrimitiveKind.String } && CursorParameters.Contains(parameter.WireName));
        return cursor is not null && parameter is not null && Items(body) is (true, { } items)
            ? (PaginationKind.Cursor, items, cursor, parameter.WireName, $"the cursor in '{cursor}', sent as '{parameter.WireName}'")
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

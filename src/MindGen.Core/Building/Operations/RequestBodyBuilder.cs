using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Building.Schemas;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>
/// Builds an operation's request body. JSON wins when a body offers several media types; then JSON lines (items
/// sent as they come), forms, multipart, text, and any other media type as a raw stream.
/// </summary>
internal sealed class RequestBodyBuilder(BuildContext context, OperationSite site, string methodStem, UniqueNameScope names)
{
    public RequestBodyModel? Build()
    {
        if (site.Operation.RequestBody is not { Content: { Count: > 0 } content } requestBody)
        {
            return null;
        }

        var offered = content.Where(pair => pair.Value is not null).ToList();
        StreamItem.ReportUnread(context, offered, SpecPointer.Append(site.Pointer, "requestBody", "content"));
        KeyValuePair<string, IOpenApiMediaType> chosen =
            offered.FirstOrDefault(pair => MediaTypes.IsJson(pair.Key) && MediaTypes.StreamFormat(pair.Key) is null) is { Key: not null } json ? json
            : offered.FirstOrDefault(pair => MediaTypes.StreamFormat(pair.Key) is EventStreamFormat.JsonLines or EventStreamFormat.JsonSequence) is { Key: not null } lines ? lines
            : offered.FirstOrDefault(pair => MediaTypes.Is(pair.Key, MediaTypes.FormUrlEncoded)) is { Key: not null } form ? form
            : offered.FirstOrDefault(pair => MediaTypes.Is(pair.Key, MediaTypes.Multipart)) is { Key: not null } multipart ? multipart
            : offered.FirstOrDefault(pair => MediaTypes.IsText(pair.Key)) is { Key: not null } text ? text
            : offered.FirstOrDefault();
        if (chosen.Key is null)
        {
            return null;
        }

        string pointer = SpecPointer.Append(SpecPointer.Append(site.Pointer, "requestBody", "content"), chosen.Key, "schema");
        string mediaType = MediaTypes.Essence(chosen.Key);
        var hint = new TypeNameHint(methodStem + "Request", null);
        // Bytes are bytes whatever the media type says (`*/*` or JSON with a binary schema: a file).
        bool isBytes = SchemaShape.IsBinary(chosen.Value.Schema);
        if (MediaTypes.StreamFormat(chosen.Key) is EventStreamFormat.JsonLines or EventStreamFormat.JsonSequence)
        {
            // An upload of items, sent as they come.
            (IOpenApiSchema? item, string itemPointer, _) = StreamItem.Of(chosen.Value, SpecPointer.Append(SpecPointer.Append(site.Pointer, "requestBody", "content"), chosen.Key));
            TypeRef itemType = context.Schemas.Map(item, new TypeNameHint(methodStem + "Item", null), itemPointer) with { IsNullable = false };
            bool recordSeparated = MediaTypes.StreamFormat(chosen.Key) == EventStreamFormat.JsonSequence;
            return new RequestBodyModel(names.Take("body"), itemType, requestBody.Required, mediaType, requestBody.Description, BodyKind.JsonLines, RecordSeparated: recordSeparated);
        }

        if (!isBytes && (MediaTypes.IsJson(chosen.Key) || MediaTypes.Is(chosen.Key, MediaTypes.FormUrlEncoded)))
        {
            BodyKind kind = MediaTypes.IsJson(chosen.Key) ? BodyKind.Json : BodyKind.Form;
            return new RequestBodyModel(names.Take("body"), context.Schemas.Map(chosen.Value.Schema, hint, pointer), requestBody.Required, mediaType, requestBody.Description, kind);
        }

        if (MediaTypes.Is(chosen.Key, MediaTypes.Multipart))
        {
            return new RequestBodyModel("body", new AnyTypeRef(), requestBody.Required, mediaType, requestBody.Description, BodyKind.Multipart, Parts(chosen.Value.Schema, chosen.Value.Encoding, pointer));
        }

        bool isText = !isBytes && MediaTypes.IsText(chosen.Key);
        bool anyMediaType = !isText && mediaType.Contains("*");
        return new RequestBodyModel(
            names.Take("body"),
            new PrimitiveTypeRef(isText ? PrimitiveKind.String : PrimitiveKind.Stream),
            requestBody.Required,
            anyMediaType ? MediaTypes.OctetStream : mediaType,
            requestBody.Description,
            isText ? BodyKind.Text : BodyKind.Binary,
            MediaTypeParameter: anyMediaType ? names.Take("contentType") : null);
    }

    // A multipart body becomes one parameter per member of its object schema (allOf included: ASP.NET Core
    // describes each form field as a schema of its own); binary members are files.
    private EquatableArray<MultipartPartModel> Parts(IOpenApiSchema? schema, IDictionary<string, OpenApiEncoding>? encodings, string pointer)
    {
        var members = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        SchemaMembers.Collect(schema, pointer, skipComponent: null, members, required);
        var parts = new List<MultipartPartModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string wireName, IOpenApiSchema member, string memberPointer) in members)
        {
            if (!seen.Add(wireName))
            {
                continue;
            }

            string name = ParameterName.Take(names, wireName, "part");
            bool isArray = member.Type is JsonSchemaType.Array;
            string? encodedAs = encodings is not null && encodings.TryGetValue(wireName, out OpenApiEncoding? encoding) ? encoding?.ContentType : null;
            bool isFile = IsFile(isArray ? member.Items : member, encodedAs);
            TypeRef type = isFile
                ? isArray ? new ArrayTypeRef(new PrimitiveTypeRef(PrimitiveKind.Stream)) : new PrimitiveTypeRef(PrimitiveKind.Stream)
                : context.Schemas.Map(member, new TypeNameHint(methodStem + Identifier.ToPascalCase(wireName), null), memberPointer);
            string? fileContentType = isFile && encodedAs is not null && !encodedAs.Contains("*") && !encodedAs.Contains(",") ? encodedAs : null;
            parts.Add(new MultipartPartModel(name, wireName, type, required.Contains(wireName), isFile, member.Description, fileContentType));
        }

        return parts.ToEquatableArray();
    }

    // A part is a file when its schema says binary, when its schema has no type and no structure (OpenAPI sends such a
    // part as application/octet-stream), or when its encoding names a media type that is neither JSON nor text.
    private static bool IsFile(IOpenApiSchema? part, string? encodedAs) =>
        SchemaShape.IsBinary(part)
        || part is { Type: null } && part is not OpenApiSchemaReference && SchemaShape.HasNoStructure(part) && EnumValues.Of(part) is null
        || encodedAs is not null && (MediaTypes.Is(encodedAs, "*/*") || !(MediaTypes.IsJson(encodedAs) || MediaTypes.IsText(encodedAs)));
}

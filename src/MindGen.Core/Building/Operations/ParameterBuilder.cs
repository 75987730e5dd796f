using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;
using ParameterLocation = MindGen.Model.ParameterLocation;
using ParameterStyle = MindGen.Model.ParameterStyle;

namespace MindGen.Building.Operations;

/// <summary>
/// Builds an operation's path, query, header and cookie parameters (operation parameters override the path
/// item's with the same name and location) and splits its path template into text and parameters.
/// </summary>
internal sealed class ParameterBuilder(BuildContext context, OperationSite site, string methodStem, UniqueNameScope names)
{
    public (List<ParameterModel> Parameters, List<PathPart> Path) Build()
    {
        var parameters = new List<ParameterModel>();
        foreach ((IOpenApiParameter parameter, string pointer) in Declared())
        {
            if (parameter.Name is { Length: > 0 } wireName)
            {
                parameters.Add(Build(parameter, wireName, pointer));
            }
        }

        return (parameters, SplitPath(parameters));
    }

    private List<(IOpenApiParameter Parameter, string Pointer)> Declared()
    {
        var declared = new List<(IOpenApiParameter Parameter, string Pointer)>();
        IList<IOpenApiParameter> own = site.Operation.Parameters ?? [];
        for (int i = 0; i < own.Count; i++)
        {
            if (own[i] is not null)
            {
                declared.Add((own[i], SpecPointer.Append(SpecPointer.Append(site.Pointer, "parameters"), i)));
            }
        }

        IList<IOpenApiParameter> shared = site.Item.Parameters ?? [];
        for (int i = 0; i < shared.Count; i++)
        {
            if (shared[i] is { } parameter && !declared.Any(d => d.Parameter.Name == parameter.Name && d.Parameter.In == parameter.In))
            {
                declared.Add((parameter, SpecPointer.Append(SpecPointer.Append("#/paths", site.Path, "parameters"), i)));
            }
        }

        return declared;
    }

    private ParameterModel Build(IOpenApiParameter parameter, string wireName, string pointer)
    {
        ParameterLocation location = Locations.Of(parameter.In);
        string name = ParameterName.Take(names, wireName, "parameter");
        if (parameter.In == Microsoft.OpenApi.ParameterLocation.QueryString)
        {
            return QueryString(parameter, name, pointer);
        }

        TypeRef type = context.Schemas.Map(parameter.Schema ?? new OpenApiSchema { Type = JsonSchemaType.String }, new TypeNameHint(methodStem + Identifier.ToPascalCase(wireName), null), SpecPointer.Append(pointer, "schema"));

        // OpenAPI's defaults: form (exploded) for query and cookie, simple for path and header.
        ParameterStyle style = parameter.Style switch
        {
            Microsoft.OpenApi.ParameterStyle.Matrix => ParameterStyle.Matrix,
            Microsoft.OpenApi.ParameterStyle.Label => ParameterStyle.Label,
            Microsoft.OpenApi.ParameterStyle.Form => ParameterStyle.Form,
            Microsoft.OpenApi.ParameterStyle.SpaceDelimited => ParameterStyle.SpaceDelimited,
            Microsoft.OpenApi.ParameterStyle.PipeDelimited => ParameterStyle.PipeDelimited,
            Microsoft.OpenApi.ParameterStyle.DeepObject => ParameterStyle.DeepObject,
            Microsoft.OpenApi.ParameterStyle.Simple => ParameterStyle.Simple,
            Microsoft.OpenApi.ParameterStyle.Cookie when location == ParameterLocation.Cookie => ParameterStyle.Cookie,
            _ => location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple,
        };
        bool explode = parameter.Style is null ? style == ParameterStyle.Form : parameter.Explode;
        if (!IsSerializableAsText(type, location, style))
        {
            context.Diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"A {location.ToString().ToLowerInvariant()} parameter of this type", pointer, name);
            type = new AnyTypeRef { IsNullable = type.IsNullable };
        }

        // A path segment cannot be null: whatever the schema allows, the method takes a value.
        if (location == ParameterLocation.Path)
        {
            type = type with { IsNullable = false };
        }

        return new ParameterModel(name, wireName, location, type, parameter.Required || location == ParameterLocation.Path, parameter.Description, style, explode) { IsDeprecated = parameter.Deprecated };
    }

    // OpenAPI 3.2's `in: querystring`: the whole query string is one object, described by the parameter's one media
    // type. As application/x-www-form-urlencoded its members are the query's name=value pairs: a form-style exploded
    // object, which the query already writes. Another media type (the query as JSON text) is not supported.
    private ParameterModel QueryString(IOpenApiParameter parameter, string name, string pointer)
    {
        KeyValuePair<string, IOpenApiMediaType> media = (parameter.Content ?? new Dictionary<string, IOpenApiMediaType>()).FirstOrDefault();
        string schemaPointer = media.Key is null ? SpecPointer.Append(pointer, "schema") : SpecPointer.Append(SpecPointer.Append(pointer, "content"), media.Key, "schema");
        TypeRef type = context.Schemas.Map(media.Value?.Schema ?? parameter.Schema, new TypeNameHint(methodStem + "Query", null), schemaPointer);
        if ((media.Key is not null && !MediaTypes.Is(media.Key, MediaTypes.FormUrlEncoded)) || type is not (ModelTypeRef or MapTypeRef))
        {
            context.Diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"A querystring parameter that is not an object sent as {MediaTypes.FormUrlEncoded}", pointer, name);
            type = new AnyTypeRef { IsNullable = true };
        }

        return new ParameterModel(name, parameter.Name ?? name, ParameterLocation.Query, type, parameter.Required, parameter.Description, ParameterStyle.Form, Explode: true) { IsDeprecated = parameter.Deprecated };
    }

    // Scalars, arrays of scalars and objects (whose members are scalars or stay JSON) have a text form in
    // every style; lists of objects only in the query's deepObject style (name[0][key]), nested arrays in none.
    private static bool IsSerializableAsText(TypeRef type, ParameterLocation location, ParameterStyle style) => type switch
    {
        PrimitiveTypeRef or AnyTypeRef or EnumTypeRef or ModelTypeRef or MapTypeRef or UnionTypeRef => true,
        ArrayTypeRef { Element: PrimitiveTypeRef { IsNullable: false } or EnumTypeRef { IsNullable: false } } => true,
        ArrayTypeRef { Element: ModelTypeRef or MapTypeRef } => location == ParameterLocation.Query && style == ParameterStyle.DeepObject,
        _ => false,
    };

    private List<PathPart> SplitPath(List<ParameterModel> parameters)
    {
        var parts = new List<PathPart>();
        string path = site.Path.TrimStart('/');
        int position = 0;
        while (position < path.Length)
        {
            int open = path.IndexOf('{', position);
            int close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(new PathPart(path.Substring(position), false));
                break;
            }

            if (open > position)
            {
                parts.Add(new PathPart(path.Substring(position, open - position), false));
            }

            string wireName = path.Substring(open + 1, close - open - 1);
            ParameterModel? parameter = parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.WireName == wireName);
            if (parameter is null)
            {
                // A template variable the operation does not declare: add it as a required string.
                parameter = new ParameterModel(ParameterName.Take(names, wireName, "parameter"), wireName, ParameterLocation.Path, new PrimitiveTypeRef(PrimitiveKind.String), true, null);
                parameters.Add(parameter);
            }

            parts.Add(new PathPart(parameter.Name, true));
            position = close + 1;
        }

        return parts;
    }
}

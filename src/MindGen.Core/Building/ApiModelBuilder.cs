using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;
using ParameterLocation = MindGen.Model.ParameterLocation;
using ParameterStyle = Microsoft.OpenApi.ParameterStyle;

namespace MindGen.Building;

/// <summary>
/// Turns a parsed <see cref="OpenApiDocument"/> into the <see cref="ApiDescription"/> the emitters work
/// from: decides every C# name, resolves references, orders everything deterministically.
/// </summary>
public sealed class ApiModelBuilder
{
    // The order methods appear in within a path, and so in the client.
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"];

    private readonly SpecInput _input;
    private readonly OpenApiDocument _document;
    private readonly DiagnosticSink _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly UniqueNameScope _typeNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly UniqueNameScope _methodNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _operationIds = new(StringComparer.Ordinal);
    private readonly SchemaMapper _schemas;

    private ApiModelBuilder(SpecInput input, OpenApiDocument document, List<SpecDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        _input = input;
        _document = document;
        _diagnostics = new DiagnosticSink(input, diagnostics);
        _cancellationToken = cancellationToken;
        _schemas = new SchemaMapper(_diagnostics, _typeNames, cancellationToken);
    }

    /// <summary>Builds the model, or returns null after reporting why the options make that impossible.</summary>
    public static ApiDescription? Build(SpecInput input, OpenApiDocument document, List<SpecDiagnostic> diagnostics, CancellationToken cancellationToken) =>
        new ApiModelBuilder(input, document, diagnostics, cancellationToken).Build();

    private ApiDescription? Build()
    {
        string baseName = DeriveBaseName();
        string ns = _input.Namespace is { Length: > 0 } given ? given : baseName;
        string client = _input.ClientName is { Length: > 0 } givenClient ? givenClient : baseName + "Client";
        if (!CheckOption("Namespace", ns, Identifier.IsValidNamespace(ns), "namespace") | !CheckOption("ClientName", client, Identifier.IsValid(client), "class name"))
        {
            _diagnostics.Flush();
            return null;
        }

        string stem = client.EndsWith("Client", StringComparison.Ordinal) && client.Length > "Client".Length
            ? client.Substring(0, client.Length - "Client".Length)
            : client;
        string clientName = _typeNames.Take(client);
        string optionsName = _typeNames.Take(client + "Options");
        string contextName = _typeNames.Take(stem + "JsonContext");
        _typeNames.Take("ApiException");
        _typeNames.Take(ReservedNames.RuntimeClass(clientName));
        _typeNames.Take(ReservedNames.Interface(clientName));
        _typeNames.Take(ReservedNames.ServiceCollectionExtensions(clientName));
        _typeNames.Take(ReservedNames.FileParameter);
        _typeNames.Take(ReservedNames.ApiResponse);

        _schemas.MapComponents(_document.Components?.Schemas);
        var securitySchemes = BuildSecuritySchemes();
        var operations = BuildOperations(securitySchemes);
        _diagnostics.Flush();

        return new ApiDescription(
            ns,
            clientName,
            optionsName,
            contextName,
            _document.Info?.Title,
            _document.Info?.Description,
            _document.Info?.Version,
            DefaultBaseUrl(),
            _schemas.Models.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            _schemas.Enums.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            _schemas.Unions.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            operations.ToEquatableArray(),
            securitySchemes.ToEquatableArray());
    }

    // "enneo.MIND API" → "EnneoMind": a trailing "Api" adds nothing to "EnneoMindClient".
    private string DeriveBaseName()
    {
        string fromTitle = Identifier.FromTitle(_document.Info?.Title ?? string.Empty);
        if (fromTitle.Length > "Api".Length && fromTitle.EndsWith("Api", StringComparison.Ordinal))
        {
            fromTitle = fromTitle.Substring(0, fromTitle.Length - "Api".Length);
        }

        if (fromTitle.Length > 0)
        {
            return fromTitle;
        }

        string fileName = _input.Path.Replace('\\', '/').Split('/').Last();
        int dot = fileName.IndexOf('.');
        string fromFile = Identifier.FromTitle(dot > 0 ? fileName.Substring(0, dot) : fileName);
        return fromFile.Length > 0 ? fromFile : "Api";
    }

    private bool CheckOption(string option, string value, bool valid, string what)
    {
        if (!valid)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidOption, null, option, value, _input.Path, what);
        }

        return valid;
    }

    private string? DefaultBaseUrl()
    {
        foreach (OpenApiServer? server in _document.Servers ?? [])
        {
            string url = server?.Url ?? string.Empty;
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in server?.Variables ?? new Dictionary<string, OpenApiServerVariable>())
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
            }

            if (Uri.TryCreate(url, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == "http" || absolute.Scheme == "https"))
            {
                return absolute.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? absolute.AbsoluteUri : absolute.AbsoluteUri + "/";
            }
        }

        return null;
    }

    private List<SecuritySchemeModel> BuildSecuritySchemes()
    {
        var schemes = new List<SecuritySchemeModel>();
        var memberPrefixes = new UniqueNameScope(StringComparer.Ordinal);
        IDictionary<string, IOpenApiSecurityScheme> declared = _document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (string key in declared.Keys.OrderBy(key => key, StringComparer.Ordinal))
        {
            if (declared[key] is not { } scheme)
            {
                continue;
            }

            string prefix = memberPrefixes.Take(Identifier.ToPascalCase(key) is { Length: > 0 } pascal ? pascal : "Scheme");
            SecuritySchemeModel? model = scheme.Type switch
            {
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) =>
                    new SecuritySchemeModel(key, prefix, SecuritySchemeKind.HttpBasic, null, ParameterLocation.Header, scheme.Description),
                SecuritySchemeType.Http or SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect =>
                    new SecuritySchemeModel(key, prefix, SecuritySchemeKind.BearerToken, null, ParameterLocation.Header, scheme.Description),
                SecuritySchemeType.ApiKey when scheme.Name is { Length: > 0 } =>
                    new SecuritySchemeModel(key, prefix, SecuritySchemeKind.ApiKey, scheme.Name, ToLocation(scheme.In), scheme.Description),
                _ => null,
            };
            if (model is null)
            {
                _diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, JsonPointer.Append("#/components/securitySchemes", key), "This security scheme", JsonPointer.Append("#/components/securitySchemes", key), key);
                continue;
            }

            schemes.Add(model);
        }

        return schemes;
    }

    private List<OperationModel> BuildOperations(List<SecuritySchemeModel> schemes)
    {
        var operations = new List<OperationModel>();
        if (_document.Paths is null)
        {
            return operations;
        }

        foreach (string path in _document.Paths.Keys.OrderBy(path => path, StringComparer.Ordinal))
        {
            if (_document.Paths[path] is not { } item)
            {
                continue;
            }

            var byMethod = (item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
                .Where(pair => pair.Value is not null)
                .Select(pair => (Method: pair.Key.Method.ToUpperInvariant(), Operation: pair.Value))
                .OrderBy(pair => Array.IndexOf(MethodOrder, pair.Method) is var index and >= 0 ? index : MethodOrder.Length)
                .ThenBy(pair => pair.Method, StringComparer.Ordinal);
            foreach ((string method, OpenApiOperation operation) in byMethod)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                string pointer = JsonPointer.Append("#/paths", path, method.ToLowerInvariant());
                operations.Add(new OperationBuilder(this, path, method, item, operation, pointer, schemes).Build());
            }
        }

        return operations;
    }

    private static ParameterLocation ToLocation(Microsoft.OpenApi.ParameterLocation? location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Query => ParameterLocation.Query,
        Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
        Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
        _ => ParameterLocation.Header,
    };

    /// <summary>Builds one operation: its method name, parameters, body, success response and security.</summary>
    private sealed class OperationBuilder
    {
        private readonly ApiModelBuilder _api;
        private readonly string _path;
        private readonly string _method;
        private readonly IOpenApiPathItem _item;
        private readonly OpenApiOperation _operation;
        private readonly string _pointer;
        private readonly List<SecuritySchemeModel> _schemes;
        private readonly UniqueNameScope _parameterNames = new(StringComparer.Ordinal);

        public OperationBuilder(ApiModelBuilder api, string path, string method, IOpenApiPathItem item, OpenApiOperation operation, string pointer, List<SecuritySchemeModel> schemes)
        {
            _api = api;
            _path = path;
            _method = method;
            _item = item;
            _operation = operation;
            _pointer = pointer;
            _schemes = schemes;
            foreach (string local in ReservedNames.ClientMethodLocals)
            {
                _parameterNames.Take(local);
            }
        }

        public OperationModel Build()
        {
            (string operationId, string methodStem) = NameOperation();
            var parameters = BuildParameters(methodStem, out List<PathPart> pathParts);
            RequestBodyModel? body = BuildRequestBody(methodStem);

            ResponseModel response = BuildResponse(methodStem);
            return new OperationModel(
                methodStem + "Async",
                operationId,
                _method,
                pathParts.ToEquatableArray(),
                OrderParameters(parameters),
                body,
                response,
                _operation.Summary,
                _operation.Description,
                _operation.Deprecated,
                BuildSecurity(),
                response is { Kind: BodyKind.Json, BodyType: ArrayTypeRef } ? _api._methodNames.Take(StreamStem(methodStem)) + "Async" : null,
                response.Kind == BodyKind.Binary ? null : _api._methodNames.Take(methodStem + "WithResponse") + "Async");
        }

        // GetTicketWorklogs → StreamTicketWorklogs, ListItems → StreamItems, Search → StreamSearch.
        private static string StreamStem(string methodStem)
        {
            foreach (string verb in new[] { "Get", "List" })
            {
                if (methodStem.Length > verb.Length && methodStem.StartsWith(verb, StringComparison.Ordinal) && char.IsUpper(methodStem[verb.Length]))
                {
                    return "Stream" + methodStem.Substring(verb.Length);
                }
            }

            return "Stream" + methodStem;
        }

        // Required parameters first (C# wants optional ones last), each group in spec order.
        private static EquatableArray<ParameterModel> OrderParameters(List<ParameterModel> parameters) =>
            parameters.Where(p => p.IsRequired).Concat(parameters.Where(p => !p.IsRequired)).ToEquatableArray();

        private (string OperationId, string MethodStem) NameOperation()
        {
            string? declared = _operation.OperationId;
            string operationId;
            string stem;
            if (string.IsNullOrWhiteSpace(declared))
            {
                operationId = _method.ToLowerInvariant() + Identifier.ToPascalCase(_path.Replace("{", " By ").Replace("}", " "));
                stem = _api._methodNames.Take(NonEmpty(Identifier.ToPascalCase(operationId), "Call"));
                _api._diagnostics.Report(DiagnosticCatalog.MissingOperationId, _pointer, _method, _path, stem + "Async");
                return (operationId, stem);
            }

            operationId = declared!;
            string wanted = NonEmpty(Identifier.ToPascalCase(operationId), "Call");
            stem = _api._methodNames.Take(wanted);
            if (!_api._operationIds.Add(operationId))
            {
                _api._diagnostics.Report(DiagnosticCatalog.DuplicateOperationId, JsonPointer.Append(_pointer, "operationId"), operationId, _method, _path, stem + "Async");
            }

            return (operationId, stem);
        }

        private List<ParameterModel> BuildParameters(string methodStem, out List<PathPart> pathParts)
        {
            // Operation parameters override path-item parameters with the same name and location.
            var declared = new List<(IOpenApiParameter Parameter, string Pointer)>();
            var operationParameters = (_operation.Parameters ?? []).ToList();
            for (int i = 0; i < operationParameters.Count; i++)
            {
                declared.Add((operationParameters[i], JsonPointer.Append(_pointer, "parameters", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            var itemParameters = _item.Parameters ?? [];
            for (int i = 0; i < itemParameters.Count; i++)
            {
                IOpenApiParameter? shared = itemParameters[i];
                if (shared is not null && !declared.Any(d => d.Parameter?.Name == shared.Name && d.Parameter?.In == shared.In))
                {
                    declared.Add((shared, JsonPointer.Append("#/paths", _path, "parameters") + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            var parameters = new List<ParameterModel>();
            foreach ((IOpenApiParameter? parameter, string pointer) in declared)
            {
                if (parameter?.Name is not { Length: > 0 } wireName)
                {
                    continue;
                }

                ParameterLocation location = ToLocation(parameter.In);
                string name = _parameterNames.Take(NonEmpty(Identifier.ToCamelCase(wireName), "parameter"));
                TypeRef type = _api._schemas.Map(parameter.Schema ?? new OpenApiSchema { Type = JsonSchemaType.String }, new TypeNameHint(methodStem + Identifier.ToPascalCase(wireName), null), JsonPointer.Append(pointer, "schema"));
                if (!IsSerializableAsText(type))
                {
                    _api._diagnostics.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"A {location.ToString().ToLowerInvariant()} parameter of this type", pointer, name);
                    type = new AnyTypeRef { IsNullable = type.IsNullable };
                }

                // OpenAPI's defaults: form (exploded) for query and cookie, simple for path and header.
                string style = parameter.Style switch
                {
                    ParameterStyle.Matrix => "matrix",
                    ParameterStyle.Label => "label",
                    ParameterStyle.Form => "form",
                    ParameterStyle.SpaceDelimited => "spaceDelimited",
                    ParameterStyle.PipeDelimited => "pipeDelimited",
                    ParameterStyle.DeepObject => "deepObject",
                    ParameterStyle.Simple => "simple",
                    _ => location is ParameterLocation.Query or ParameterLocation.Cookie ? "form" : "simple",
                };
                bool explode = parameter.Style is null ? style == "form" : parameter.Explode;
                parameters.Add(new ParameterModel(name, wireName, location, type, parameter.Required || location == ParameterLocation.Path, parameter.Description, style, explode));
            }

            pathParts = SplitPath(parameters);
            return parameters;
        }

        // Scalars, arrays of scalars and objects (whose members are scalars or stay JSON) have a text form
        // in every style; nested arrays and unions do not.
        private static bool IsSerializableAsText(TypeRef type) => type switch
        {
            PrimitiveTypeRef or AnyTypeRef or EnumTypeRef or ModelTypeRef or MapTypeRef or UnionTypeRef => true,
            ArrayTypeRef { Element: PrimitiveTypeRef { IsNullable: false } or EnumTypeRef { IsNullable: false } } => true,
            _ => false,
        };

        private List<PathPart> SplitPath(List<ParameterModel> parameters)
        {
            var parts = new List<PathPart>();
            string path = _path.TrimStart('/');
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
                    parameter = new ParameterModel(_parameterNames.Take(NonEmpty(Identifier.ToCamelCase(wireName), "parameter")), wireName, ParameterLocation.Path, new PrimitiveTypeRef(PrimitiveKind.String), true, null);
                    parameters.Add(parameter);
                }

                parts.Add(new PathPart(parameter.Name, true));
                position = close + 1;
            }

            return parts;
        }

        // JSON wins when a body offers several media types; then forms, multipart, text, and any other
        // media type as a raw stream.
        private RequestBodyModel? BuildRequestBody(string methodStem)
        {
            if (_operation.RequestBody is not { Content: { Count: > 0 } content } requestBody)
            {
                return null;
            }

            var offered = content.Where(pair => pair.Value is not null).ToList();
            KeyValuePair<string, IOpenApiMediaType> chosen =
                offered.FirstOrDefault(pair => IsJson(pair.Key)) is { Key: not null } json ? json
                : offered.FirstOrDefault(pair => Is(pair.Key, "application/x-www-form-urlencoded")) is { Key: not null } form ? form
                : offered.FirstOrDefault(pair => Is(pair.Key, "multipart/form-data")) is { Key: not null } multipart ? multipart
                : offered.FirstOrDefault(pair => pair.Key.StartsWith("text/", StringComparison.OrdinalIgnoreCase)) is { Key: not null } text ? text
                : offered.FirstOrDefault();
            if (chosen.Key is null)
            {
                return null;
            }

            string pointer = JsonPointer.Append(_pointer, "requestBody", "content") + "/" + chosen.Key.Replace("~", "~0").Replace("/", "~1") + "/schema";
            string mediaType = chosen.Key.Split(';')[0].Trim();
            var hint = new TypeNameHint(methodStem + "Request", null);
            if (IsJson(chosen.Key))
            {
                return new RequestBodyModel(_parameterNames.Take("body"), _api._schemas.Map(chosen.Value.Schema, hint, pointer), requestBody.Required, mediaType, requestBody.Description);
            }

            if (Is(chosen.Key, "application/x-www-form-urlencoded"))
            {
                return new RequestBodyModel(_parameterNames.Take("body"), _api._schemas.Map(chosen.Value.Schema, hint, pointer), requestBody.Required, mediaType, requestBody.Description, BodyKind.Form);
            }

            if (Is(chosen.Key, "multipart/form-data"))
            {
                return new RequestBodyModel("body", new AnyTypeRef(), requestBody.Required, mediaType, requestBody.Description, BodyKind.Multipart, BuildParts(chosen.Value.Schema, methodStem, pointer));
            }

            bool isText = chosen.Key.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
            return new RequestBodyModel(
                _parameterNames.Take("body"),
                new PrimitiveTypeRef(isText ? PrimitiveKind.String : PrimitiveKind.Stream),
                requestBody.Required,
                mediaType == "*/*" ? "application/octet-stream" : mediaType,
                requestBody.Description,
                isText ? BodyKind.Text : BodyKind.Binary);
        }

        // A multipart body becomes one parameter per member of its object schema; binary members are files.
        private EquatableArray<MultipartPartModel> BuildParts(IOpenApiSchema? schema, string methodStem, string pointer)
        {
            IOpenApiSchema? target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
            var parts = new List<MultipartPartModel>();
            foreach (KeyValuePair<string, IOpenApiSchema> member in target?.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                string name = _parameterNames.Take(NonEmpty(Identifier.ToCamelCase(member.Key), "part"));
                bool required = target!.Required?.Contains(member.Key) == true;
                bool isFile = IsBinary(member.Value) || (member.Value?.Type is JsonSchemaType.Array && IsBinary(member.Value.Items));
                TypeRef type = isFile
                    ? member.Value?.Type is JsonSchemaType.Array ? new ArrayTypeRef(new PrimitiveTypeRef(PrimitiveKind.Stream)) : new PrimitiveTypeRef(PrimitiveKind.Stream)
                    : _api._schemas.Map(member.Value, new TypeNameHint(methodStem + Identifier.ToPascalCase(member.Key), null), JsonPointer.Append(pointer, "properties", member.Key));
                parts.Add(new MultipartPartModel(name, member.Key, type, required, isFile, member.Value?.Description));
            }

            return parts.ToEquatableArray();
        }

        private static bool IsBinary(IOpenApiSchema? schema) =>
            schema is not null && schema.Format == "binary" && (schema.Type is null || (schema.Type & JsonSchemaType.String) != 0);

        private static bool Is(string mediaType, string expected) =>
            mediaType.Split(';')[0].Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);

        private ResponseModel BuildResponse(string methodStem)
        {
            var responses = (_operation.Responses ?? new OpenApiResponses()).Where(pair => pair.Value is not null).ToList();
            EquatableArray<ErrorResponseModel> errors = BuildErrors(responses, methodStem);
            var success = responses
                .Where(pair => pair.Key.StartsWith("2", StringComparison.Ordinal))
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (success.Key is null)
            {
                return new ResponseModel("200", null, null, Errors: errors);
            }

            var content = (success.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).Where(pair => pair.Value is not null).ToList();
            KeyValuePair<string, IOpenApiMediaType> json = content.FirstOrDefault(pair => IsJson(pair.Key));
            if (json.Key is not null && json.Value.Schema is not null)
            {
                string pointer = JsonPointer.Append(_pointer, "responses", success.Key) + "/content/" + json.Key.Replace("~", "~0").Replace("/", "~1") + "/schema";
                TypeRef type = _api._schemas.Map(json.Value.Schema, new TypeNameHint(methodStem + "Response", null), pointer);
                return new ResponseModel(success.Key, type, success.Value.Description, Errors: errors);
            }

            if (content.Count == 0 || json.Key is not null)
            {
                return new ResponseModel(success.Key, null, success.Value.Description, Errors: errors);
            }

            bool isText = content.Any(pair => pair.Key.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
            return isText
                ? new ResponseModel(success.Key, new PrimitiveTypeRef(PrimitiveKind.String), success.Value.Description, BodyKind.Text, errors)
                : new ResponseModel(success.Key, new PrimitiveTypeRef(PrimitiveKind.Stream), success.Value.Description, BodyKind.Binary, errors);
        }

        // 4xx/5xx and `default` responses with a JSON body become typed errors (ApiException<TError>):
        // exact codes first, then ranges (4XX), then default.
        private EquatableArray<ErrorResponseModel> BuildErrors(List<KeyValuePair<string, IOpenApiResponse>> responses, string methodStem)
        {
            var errors = new List<ErrorResponseModel>();
            foreach (KeyValuePair<string, IOpenApiResponse> response in responses.OrderBy(pair => ErrorRank(pair.Key)).ThenBy(pair => pair.Key, StringComparer.Ordinal))
            {
                if (ErrorRank(response.Key) > 2)
                {
                    continue;
                }

                KeyValuePair<string, IOpenApiMediaType> json = (response.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).FirstOrDefault(pair => IsJson(pair.Key) && pair.Value?.Schema is not null);
                if (json.Key is null)
                {
                    continue;
                }

                string pointer = JsonPointer.Append(_pointer, "responses", response.Key) + "/content/" + json.Key.Replace("~", "~0").Replace("/", "~1") + "/schema";
                string suffix = response.Key == "default" ? "Error" : "Error" + response.Key.ToUpperInvariant();
                TypeRef type = _api._schemas.Map(json.Value.Schema, new TypeNameHint(methodStem + suffix, null), pointer);
                errors.Add(new ErrorResponseModel(response.Key.ToUpperInvariant() == "DEFAULT" ? "default" : response.Key.ToUpperInvariant(), type with { IsNullable = false }, response.Value.Description));
            }

            return errors.ToEquatableArray();
        }

        // 0: an exact 4xx/5xx code, 1: a range (4XX, 5XX), 2: default, 3: anything else (not an error).
        private static int ErrorRank(string status) =>
            status.Length == 3 && status[0] is '4' or '5' && char.IsDigit(status[1]) && char.IsDigit(status[2]) ? 0
            : status.Length == 3 && status[0] is '4' or '5' && status.Substring(1).Equals("XX", StringComparison.OrdinalIgnoreCase) ? 1
            : status.Equals("default", StringComparison.OrdinalIgnoreCase) ? 2
            : 3;

        private EquatableArray<SecurityRequirementModel> BuildSecurity()
        {
            IList<OpenApiSecurityRequirement> requirements = _operation.Security ?? _api._document.Security ?? [];
            var alternatives = new List<SecurityRequirementModel>();
            foreach (OpenApiSecurityRequirement? requirement in requirements)
            {
                if (requirement is null)
                {
                    continue;
                }

                var keys = requirement.Keys
                    .Select(reference => reference?.Reference?.Id)
                    .Where(key => key is not null && _schemes.Any(scheme => scheme.Key == key))
                    .Select(key => key!)
                    .ToEquatableArray();
                if (keys.Count == requirement.Count)
                {
                    alternatives.Add(new SecurityRequirementModel(keys));
                }
            }

            return alternatives.ToEquatableArray();
        }

        private static bool IsJson(string mediaType)
        {
            string type = mediaType.Split(';')[0].Trim();
            return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                || type.Equals("*/*", StringComparison.Ordinal);
        }

        private static string NonEmpty(string name, string fallback) => name.Length == 0 ? fallback : name;
    }
}

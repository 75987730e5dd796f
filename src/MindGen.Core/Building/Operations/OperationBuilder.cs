using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building.Operations;

/// <summary>Builds one operation: its method names, parameters, body, responses and security.</summary>
internal sealed class OperationBuilder
{
    private readonly BuildContext _context;
    private readonly OperationSite _site;

    public OperationBuilder(BuildContext context, string path, string method, IOpenApiPathItem item, OpenApiOperation operation)
    {
        _context = context;
        _site = new OperationSite(path, method, item, operation, SpecPointer.Append("#/paths", path, method.ToLowerInvariant()));
    }

    public OperationModel Build()
    {
        (string operationId, string stem) = Name();
        // The spec's names win over the method's locals, which move aside (Emit/Client/MethodLocals); only the
        // cancellation token (and a list's continuation token) are parameters of the method's own.
        var parameterNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.Locals.MethodParameters);
        (List<ParameterModel> parameters, List<PathPart> path) = new ParameterBuilder(_context, _site, stem, parameterNames).Build();
        RequestBodyModel? body = new RequestBodyBuilder(_context, _site, stem, parameterNames).Build();
        ResponseModel response = new ResponseBuilder(_context, _site, stem).Build();
        PaginationModel? pagination = new PaginationBuilder(_context, _site, stem).Build(response, parameters);
        return new OperationModel(
            stem + "Async",
            operationId,
            _site.Method,
            path.ToEquatableArray(),
            parameters.Where(p => p.IsRequired).Concat(parameters.Where(p => !p.IsRequired)).ToEquatableArray(),
            body,
            response,
            _site.Operation.Summary,
            _site.Operation.Description,
            _site.Operation.Deprecated,
            SecurityBuilder.Requirements(_context, _site.Operation),
            // A list answered a page at a time streams through …AllAsync, every page: a Stream… method would read one.
            response is { Kind: BodyKind.Json, BodyType: ArrayTypeRef } && pagination is null ? _context.TakeMethodStem(StreamStem(stem)) + "Async" : null,
            response.Kind == BodyKind.Binary ? null : _context.TakeMethodStem(stem + "WithResponse") + "Async",
            pagination);
    }

    private (string OperationId, string MethodStem) Name()
    {
        if (string.IsNullOrWhiteSpace(_site.Operation.OperationId))
        {
            string derived = _site.Method.ToLowerInvariant() + Identifier.ToPascalCase(_site.Path.Replace("{", " By ").Replace("}", " "));
            string derivedStem = _context.TakeMethodStem(MethodStem(derived));
            _context.Diagnostics.Report(DiagnosticCatalog.MissingOperationId, _site.Pointer, _site.Method, _site.Path, derivedStem + "Async");
            return (derived, derivedStem);
        }

        string operationId = _site.Operation.OperationId!;
        string stem = _context.TakeMethodStem(MethodStem(operationId));
        if (!_context.OperationIds.Add(operationId))
        {
            _context.Diagnostics.Report(DiagnosticCatalog.DuplicateOperationId, SpecPointer.Append(_site.Pointer, "operationId"), operationId, _site.Method, _site.Path, stem + "Async");
        }

        return (operationId, stem);
    }

    private static string MethodStem(string operationId) => Identifier.ToPascalCase(operationId) is { Length: > 0 } name ? name : "Call";

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
}

/// <summary>Where an operation is in the spec.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Pointer">The operation's JSON pointer (<c>#/paths/~1pets/get</c>).</param>
internal sealed record OperationSite(string Path, string Method, IOpenApiPathItem Item, OpenApiOperation Operation, string Pointer);

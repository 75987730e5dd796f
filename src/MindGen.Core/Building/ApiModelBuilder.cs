using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Building.Operations;
using MindGen.Diagnostics;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building;

/// <summary>
/// Turns a parsed <see cref="OpenApiDocument"/> into the <see cref="ApiDescription"/> the emitters work
/// from: decides every C# name, resolves references, orders everything deterministically.
/// </summary>
public static class ApiModelBuilder
{
    // The order methods appear in within a path, and so in the client.
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"];

    /// <summary>Builds the model, or returns null after reporting why the options make that impossible.</summary>
    public static ApiDescription? Build(SpecInput input, OpenApiDocument document, List<SpecDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var sink = new DiagnosticSink(input, diagnostics);
        string baseName = DeriveBaseName(input, document);
        string ns = input.Namespace is { Length: > 0 } givenNamespace ? givenNamespace : baseName;
        string client = input.ClientName is { Length: > 0 } givenClient ? givenClient : baseName + "Client";
        if (!CheckOption(sink, input, "Namespace", ns, Identifier.IsValidNamespace(ns), "namespace") | !CheckOption(sink, input, "ClientName", client, Identifier.IsValid(client), "class name"))
        {
            sink.Flush();
            return null;
        }

        var context = new BuildContext(document, sink, new TypeNamer(GeneratedNames.NamespaceTypes(client)), client, cancellationToken);
        context.Schemas.MapComponents();
        context.SecuritySchemes = SecurityBuilder.Schemes(context);
        ServerModel? server = ServerBuilder.Build(context);
        List<OperationModel> operations = Operations(context);
        sink.Flush();

        return new ApiDescription(
            ns,
            client,
            GeneratedNames.Options(client),
            GeneratedNames.JsonContext(client),
            document.Info?.Title,
            document.Info?.Description,
            document.Info?.Version,
            server?.DefaultUrl,
            context.Schemas.Output.Models.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            context.Schemas.Output.Enums.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            context.Schemas.Output.Unions.OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray(),
            operations.ToEquatableArray(),
            context.SecuritySchemes.ToEquatableArray(),
            server?.Variables.Count > 0 ? server : null,
            SpecPath.FileName(input.Path));
    }

    // "enneo.MIND API" → "EnneoMind": a trailing "Api" adds nothing to "EnneoMindClient".
    private static string DeriveBaseName(SpecInput input, OpenApiDocument document)
    {
        string fromTitle = Identifier.FromTitle(document.Info?.Title ?? string.Empty);
        if (fromTitle.Length > "Api".Length && fromTitle.EndsWith("Api", StringComparison.Ordinal))
        {
            fromTitle = fromTitle.Substring(0, fromTitle.Length - "Api".Length);
        }

        if (fromTitle.Length > 0)
        {
            return fromTitle;
        }

        string fromFile = Identifier.FromTitle(SpecPath.Stem(input.Path).Split('.')[0]);
        return fromFile.Length > 0 ? fromFile : "Api";
    }

    private static bool CheckOption(DiagnosticSink sink, SpecInput input, string option, string value, bool valid, string what)
    {
        if (!valid)
        {
            sink.Report(DiagnosticCatalog.InvalidOption, null, option, value, input.Path, what);
        }

        return valid;
    }

    private static List<OperationModel> Operations(BuildContext context)
    {
        var operations = new List<OperationModel>();
        OpenApiPaths paths = context.Document.Paths ?? new OpenApiPaths();
        foreach (string path in paths.Keys.OrderBy(path => path, StringComparer.Ordinal))
        {
            if (paths[path] is not { } item)
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
                context.CancellationToken.ThrowIfCancellationRequested();
                operations.Add(new OperationBuilder(context, path, method, item, operation).Build());
            }
        }

        return operations;
    }
}

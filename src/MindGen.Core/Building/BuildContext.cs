using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Building.Operations;
using MindGen.Building.Schemas;
using MindGen.Model;
using MindGen.Naming;
using MindGen.Reading;

namespace MindGen.Building;

/// <summary>What the builders of one spec share: the document, where problems go, and the name scopes of the namespace and the client.</summary>
internal sealed class BuildContext
{
    private readonly UniqueNameScope _methodNames;

    public BuildContext(OpenApiDocument document, DiagnosticSink diagnostics, TypeNamer typeNames, string clientName, CancellationToken cancellationToken)
    {
        Document = document;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
        Schemas = new SchemaMapper(document.Components?.Schemas, diagnostics, typeNames, cancellationToken) { DurationKind = DurationKindOf(document) };
        ResponseHeaders = new ResponseHeadersBuilder(typeNames);
        _methodNames = new UniqueNameScope(StringComparer.Ordinal, GeneratedNames.ClientMembers.Append(clientName));
    }

    public OpenApiDocument Document { get; }

    public DiagnosticSink Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    public SchemaMapper Schemas { get; }

    /// <summary>The classes of declared response headers, one per distinct set, shared across operations.</summary>
    public ResponseHeadersBuilder ResponseHeaders { get; }

    /// <summary>The options' members: their own, each security scheme's credentials, each server variable.</summary>
    public UniqueNameScope OptionsMemberNames { get; } = new(StringComparer.Ordinal, GeneratedNames.OptionsMembers);

    /// <summary>
    /// Takes a client method named <paramref name="stem"/> + <c>Async</c> (or a numbered stem when that is
    /// taken) and returns the stem: every variant of every operation, and the client's own members, in one scope.
    /// </summary>
    public string TakeMethodStem(string stem) => _methodNames.TakeFamily(stem, static candidate => [candidate + "Async"]);

    /// <summary>The operationIds seen so far, to report duplicates.</summary>
    public HashSet<string> OperationIds { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SecuritySchemeModel> SecuritySchemes { get; set; } = [];

    // NSwag (NJsonSchema) writes `format: duration` for a .NET TimeSpan, which the service then reads and
    // writes in .NET's constant format, not ISO 8601: its documents say which producer wrote them.
    private static PrimitiveKind DurationKindOf(OpenApiDocument document) =>
        document.Extensions?.TryGetValue("x-generator", out IOpenApiExtension? generator) == true
        && generator is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue(out string? text) && text.StartsWith("NSwag", StringComparison.Ordinal)
            ? PrimitiveKind.TimeSpan
            : PrimitiveKind.Duration;
}

using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.OpenApi;
using MindGen.Building;
using MindGen.Diagnostics;
using MindGen.Emit;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen;

/// <summary>
/// The whole pipeline for one spec: read the document, build the model, emit the sources. The source
/// generator and the command-line tool both call this, so they always produce the same files.
/// </summary>
public static class MindGenEngine
{
    /// <summary>Reads a spec and builds its model; never throws for bad input, only reports diagnostics.</summary>
    public static ModelResult BuildModel(SpecInput input, CancellationToken cancellationToken = default) =>
        ReadAndBuild(input, cancellationToken).Result;

    /// <summary>
    /// Reads a spec once and returns the OpenAPI document beside its model, for tools that need the spec's
    /// own schemas too (<c>mindgen validate</c>). The document is null when it could not be read.
    /// </summary>
    public static (OpenApiDocument? Document, ModelResult Result) ReadAndBuild(SpecInput input, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<SpecDiagnostic>();
        OpenApiDocument? document = null;
        ApiDescription? api = null;
        try
        {
            document = OpenApiDocumentReader.Read(input, diagnostics);
            if (document is not null)
            {
                api = ApiModelBuilder.Build(input, document, diagnostics, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in MindGen or its reader, not in the spec: say so, with what a report needs.
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.InternalError,
                new SourceLocation(input.Path, 0, 0),
                input.Path,
                exception.GetType().FullName ?? exception.GetType().Name,
                exception.Message.Replace('\r', ' ').Replace('\n', ' ')));
            api = null;
        }

        return (document, new ModelResult(api, diagnostics.ToEquatableArray()));
    }

    /// <summary>Reads, builds and emits in one call (the command-line tool's path).</summary>
    public static (EquatableArray<GeneratedFile> Files, EquatableArray<SpecDiagnostic> Diagnostics) Generate(SpecInput input, EmitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ModelResult result = BuildModel(input, cancellationToken);
        return result.Api is null
            ? (EquatableArray<GeneratedFile>.Empty, result.Diagnostics)
            : (SourceEmitter.Emit(result.Api, options ?? new EmitOptions(), cancellationToken), result.Diagnostics);
    }
}

/// <summary>The model of one spec (null when it could not be built) and everything reported on the way.</summary>
public sealed record ModelResult(ApiDescription? Api, EquatableArray<SpecDiagnostic> Diagnostics);

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Turns spec text into an <see cref="OpenApiDocument"/> (OpenAPI 2.0 to 3.2; YAML or JSON) and every
/// problem the reader found into a located <see cref="SpecDiagnostic"/>. Never touches the file system or
/// the network: references to other files are resolved in the texts the caller attached to the input
/// (<see cref="SpecInput.ReferencedDocuments"/>), see <see cref="ReferenceBundler"/>. Values of the wrong
/// type are read leniently and reported (<see cref="LenientValues"/>), so one of them costs a warning, not
/// the whole client; boolean schemas and other spellings (<see cref="SchemaSpellings"/>) and references the OpenAPI reader cannot
/// follow (<see cref="LocalReferences"/>) are spelled out for it first.
/// </summary>
public static class OpenApiDocumentReader
{
    public static OpenApiDocument? Read(SpecInput input, List<SpecDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.UnreadableDocument, new SourceLocation(input.Path, 0, 0), input.Path, "the file is empty"));
            return null;
        }

        if (SpecNodes.Parse(input.Path, input.Text, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is JsonObject document)
        {
            // First, so that nothing is read or reported about what the caller left out.
            var selecting = new DiagnosticSink(input, diagnostics);
            OperationSelection.Apply(document, input.Selection ?? SpecSelection.All, selecting);
            selecting.Flush();

            var rewrites = new DiagnosticSink(input, diagnostics);
            LenientValues.Repair(document, rewrites);
            SchemaSpellings.Spell(document);
            LocalReferences.Resolve(document, rewrites);
            rewrites.Flush();
            if (ExternalReferences.Any(input.Text))
            {
                ReferenceBundler.Bundle(input, document, diagnostics);
            }
        }

        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(root, DocumentLocation, settings);
        }
        catch (OpenApiUnsupportedSpecVersionException e)
        {
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.NotOpenApi, new SourceLocation(input.Path, 0, 0), input.Path, e.Message));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reader throws on some malformed input instead of reporting it; to the user it is the same
            // problem: this document cannot be read.
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.UnreadableDocument, new SourceLocation(input.Path, 0, 0), input.Path, e.Message));
            return null;
        }

        IList<OpenApiError> errors = result.Diagnostic?.Errors ?? [];
        if (result.Document is null)
        {
            foreach (OpenApiError error in errors)
            {
                diagnostics.Add(ReportUnreadable(input, error.Message));
            }

            return null;
        }

        var sink = new DiagnosticSink(input, diagnostics);
        foreach (OpenApiError error in errors.Where(error => !ReaderMessages.IsNoFault(root, error)))
        {
            sink.Report(DiagnosticCatalog.InvalidDocument, ReaderMessages.Pointer(root, error), error.Message);
        }

        foreach (OpenApiError warning in result.Diagnostic?.Warnings ?? [])
        {
            // Unresolved references are reported by the model builder, which also says what became of them.
            if (warning.Pointer?.EndsWith("/$ref", StringComparison.Ordinal) != true && !ReaderMessages.IsNoFault(root, warning))
            {
                sink.Report(DiagnosticCatalog.InvalidDocument, ReaderMessages.Pointer(root, warning), warning.Message);
            }
        }

        sink.Flush();
        return result.Document;
    }

    // Where the reader believes the document lives; every reference left in it is internal (files it
    // refers to are folded in by the bundler).
    private static readonly Uri DocumentLocation = new("file:///mindgen/spec");

    private static SpecDiagnostic ReportUnreadable(SpecInput input, string message)
    {
        if (message.IndexOf("Version node not found", StringComparison.Ordinal) >= 0)
        {
            return SpecDiagnostic.Create(
                DiagnosticCatalog.NotOpenApi,
                new SourceLocation(input.Path, 0, 0),
                input.Path,
                "it has no 'openapi' (3.x) or 'swagger' (2.0) version field at the top level");
        }

        return SpecDiagnostic.Create(DiagnosticCatalog.UnreadableDocument, new SourceLocation(input.Path, 0, 0), input.Path, message);
    }
}

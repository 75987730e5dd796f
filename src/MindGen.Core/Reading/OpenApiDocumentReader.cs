using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Turns spec text into an <see cref="OpenApiDocument"/> (OpenAPI 2.0, 3.0 and 3.1; YAML or JSON) and every
/// problem the reader found into a located <see cref="SpecDiagnostic"/>. Never touches the file system or
/// the network: references to other files are resolved in the texts the caller attached to the input
/// (<see cref="SpecInput.ReferencedDocuments"/>), see <see cref="ReferenceBundler"/>.
/// </summary>
public static class OpenApiDocumentReader
{
    // "… at line 4, column 7: …" (YAML, one-based) and "LineNumber: 0 | BytePositionInLine: 18" (JSON, zero-based).
    private static readonly Regex YamlPosition = new(@"line (\d+), column (\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex JsonPosition = new(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant);

    public static OpenApiDocument? Read(SpecInput input, List<SpecDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.UnreadableDocument, new SourceLocation(input.Path, 0, 0), input.Path, "the file is empty"));
            return null;
        }

        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        ReadResult result;
        try
        {
            result = ExternalReferences.Any(input.Text) && Bundled(input, diagnostics) is { } bundled
                ? new OpenApiJsonReader().Read(bundled, BundleLocation, settings)
                : OpenApiDocument.Parse(input.Text, SpecNodes.IsJson(input.Text) ? "json" : "yaml", settings);
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
                DiagnosticCatalog.UnreadableDocument, LocateSyntaxError(input.Path, e.Message), input.Path, e.Message));
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
        foreach (OpenApiError error in errors)
        {
            sink.Report(DiagnosticCatalog.InvalidDocument, error.Pointer, error.Message);
        }

        foreach (OpenApiError warning in result.Diagnostic?.Warnings ?? [])
        {
            // Unresolved references are reported by the model builder, which also says what became of them.
            if (warning.Pointer?.EndsWith("/$ref", StringComparison.Ordinal) != true)
            {
                sink.Report(DiagnosticCatalog.InvalidDocument, warning.Pointer, warning.Message);
            }
        }

        sink.Flush();
        return result.Document;
    }

    // Where the reader believes the bundled document lives; every reference left in it is internal.
    private static readonly Uri BundleLocation = new("file:///mindgen/bundled-spec");

    /// <summary>
    /// The spec with the files it refers to folded in; null when its text does not parse, so that the
    /// ordinary path reports that with the reader's own message.
    /// </summary>
    private static JsonNode? Bundled(SpecInput input, List<SpecDiagnostic> diagnostics)
    {
        if (SpecNodes.Parse(input.Path, input.Text, []) is not JsonObject root)
        {
            return null;
        }

        ReferenceBundler.Bundle(input, root, diagnostics);
        return root;
    }

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

        return SpecDiagnostic.Create(DiagnosticCatalog.UnreadableDocument, LocateSyntaxError(input.Path, message), input.Path, message);
    }

    internal static SourceLocation LocateSyntaxError(string path, string message)
    {
        Match yaml = YamlPosition.Match(message);
        if (yaml.Success)
        {
            return new SourceLocation(path, ParseInt(yaml.Groups[1].Value) - 1, ParseInt(yaml.Groups[2].Value) - 1);
        }

        Match json = JsonPosition.Match(message);
        return json.Success
            ? new SourceLocation(path, ParseInt(json.Groups[1].Value), ParseInt(json.Groups[2].Value))
            : new SourceLocation(path, 0, 0);
    }

    private static int ParseInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}

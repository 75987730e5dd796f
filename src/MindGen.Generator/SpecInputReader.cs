using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MindGen.Model;
using MindGen.Reading;

namespace MindGen.Generator;

/// <summary>
/// Picks the AdditionalFiles that the package's build targets marked as MindGen specs, with the files they refer to.
/// </summary>
internal static class SpecInputReader
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(Metadata + "MindGenSpec", out string? isSpec) || !string.Equals(isSpec, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var selection = new SpecSelection(
            Selectors(options, "MindGenIncludeTags"),
            Selectors(options, "MindGenIncludeOperations"),
            Selectors(options, "MindGenIncludePaths"),
            Selectors(options, "MindGenExcludeTags"),
            Selectors(options, "MindGenExcludeOperations"),
            Selectors(options, "MindGenExcludePaths"),
            Selectors(options, "MindGenKeepSchemas"));
        return new SpecInput(file.Path, text, Value(options, "MindGenNamespace"), Value(options, "MindGenClientName"), Selection: selection.IsEmpty ? null : selection);
    }

    /// <summary>Adds the texts of the files the spec's <c>$ref</c>s reach (see <see cref="ExternalReferences"/>).</summary>
    public static SpecInput AttachReferencedDocuments(SpecInput input, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (!ExternalReferences.Any(input.Text))
        {
            return input;
        }

        var byPath = new Dictionary<string, AdditionalText>(SpecPath.Comparer);
        foreach (AdditionalText file in files)
        {
            byPath[SpecPath.Normalize(file.Path)] = file;
        }

        return ExternalReferences.Attach(
            input,
            path => byPath.TryGetValue(path, out AdditionalText? file) ? file.GetText(cancellationToken)?.ToString() : null);
    }

    // The targets percent-encode ';' and '#' (see MindGen.targets).
    private static EquatableArray<string> Selectors(AnalyzerConfigOptions options, string name) =>
        SpecSelection.Parse(Value(options, name) is { } value ? System.Uri.UnescapeDataString(value) : null);

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

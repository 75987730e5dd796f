using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MindGen.Generator;

/// <summary>Picks the AdditionalFiles that the package's build targets marked as MindGen specs.</summary>
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
        return new SpecInput(file.Path, text, Value(options, "MindGenNamespace"), Value(options, "MindGenClientName"));
    }

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

namespace MindGen.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue: a stable id, a title and a message format whose placeholders
/// (<c>{0}</c>, <c>{1}</c>…) are filled with <see cref="SpecDiagnostic.Arguments"/>.
/// </summary>
public sealed record DiagnosticDefinition(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverityLevel Severity,
    string Category = "MindGen")
{
    public string HelpLink => "https://github.com/mindgen/mindgen/blob/main/docs/diagnostics.md#" + Id.ToLowerInvariant();
}

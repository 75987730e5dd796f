using MindGen.Diagnostics;

namespace MindGen.Cli;

/// <summary>Prints diagnostics as compilers do (<c>file:line:col: warning MG0004: …</c>) or as JSON for CI tools.</summary>
public static class DiagnosticReport
{
    public static void WriteText(TextWriter output, IEnumerable<SpecDiagnostic> diagnostics)
    {
        foreach (SpecDiagnostic diagnostic in diagnostics)
        {
            string where = diagnostic.Location is { } at ? $"{at.FilePath}:{at.Line + 1}:{at.Column + 1}: " : string.Empty;
            output.WriteLine($"{where}{Severity(diagnostic)} {diagnostic.Id}: {diagnostic.Message}");
        }
    }

    public static void WriteJson(TextWriter output, IEnumerable<SpecDiagnostic> diagnostics) =>
        JsonOutput.WriteArray(output, diagnostics, static (writer, diagnostic) =>
        {
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", Severity(diagnostic));
            writer.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } at)
            {
                writer.WriteString("file", at.FilePath);
                writer.WriteNumber("line", at.Line + 1);
                writer.WriteNumber("column", at.Column + 1);
            }
        });

    /// <summary>2 with an error, 1 with a warning (which a build with warnings as errors would fail on), else 0.</summary>
    public static int ExitCode(IReadOnlyCollection<SpecDiagnostic> diagnostics) =>
        diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error) ? MindGenCommandLine.Failure
        : diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Warning) ? MindGenCommandLine.Findings
        : MindGenCommandLine.Success;

    private static string Severity(SpecDiagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverityLevel.Error => "error",
        DiagnosticSeverityLevel.Warning => "warning",
        _ => "info",
    };
}

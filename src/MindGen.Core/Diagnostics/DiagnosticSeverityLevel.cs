namespace MindGen.Diagnostics;

/// <summary>How serious a finding is; mirrors Roslyn's severities without depending on Roslyn.</summary>
public enum DiagnosticSeverityLevel
{
    Info,
    Warning,
    Error,
}

using System.Globalization;
using MindGen.Model;

namespace MindGen.Diagnostics;

/// <summary>A finding about a spec, equatable so that it can travel through the incremental pipeline.</summary>
public sealed record SpecDiagnostic(DiagnosticDefinition Definition, SourceLocation? Location, EquatableArray<string> Arguments)
{
    public static SpecDiagnostic Create(DiagnosticDefinition definition, SourceLocation? location, params string[] arguments) =>
        new(definition, location, arguments.ToEquatableArray());

    public string Id => Definition.Id;

    public DiagnosticSeverityLevel Severity => Definition.Severity;

    public string Message => string.Format(CultureInfo.InvariantCulture, Definition.MessageFormat, [.. Arguments]);

    public override string ToString() =>
        $"{Location?.ToString() ?? "MindGen"}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

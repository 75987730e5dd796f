using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using MindGen.Diagnostics;

namespace MindGen.Generator;

/// <summary>Roslyn's view of MindGen's diagnostics catalogue (<see cref="DiagnosticCatalog"/>).</summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = DiagnosticCatalog.All.ToDictionary(
        definition => definition.Id,
        definition => new DiagnosticDescriptor(
            definition.Id,
            definition.Title,
            definition.MessageFormat,
            definition.Category,
            definition.Severity switch
            {
                DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
                DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            helpLinkUri: definition.HelpLink));

    public static Diagnostic ToDiagnostic(SpecDiagnostic diagnostic)
    {
        Location location = diagnostic.Location is { } at
            ? Location.Create(at.FilePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(at.Line, at.Column), new LinePosition(at.Line, at.Column)))
            : Location.None;
        return Diagnostic.Create(ById[diagnostic.Id], location, [.. diagnostic.Arguments]);
    }
}

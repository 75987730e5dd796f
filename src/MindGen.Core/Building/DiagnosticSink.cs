using System.Collections.Generic;
using MindGen.Diagnostics;
using MindGen.Reading;

namespace MindGen.Building;

/// <summary>Collects diagnostics raised while building the model, located by JSON pointer into the spec.</summary>
internal sealed class DiagnosticSink
{
    private readonly SpecInput _input;
    private readonly List<SpecDiagnostic> _diagnostics;

    public DiagnosticSink(SpecInput input, List<SpecDiagnostic> diagnostics)
    {
        _input = input;
        _diagnostics = diagnostics;
    }

    public void Report(DiagnosticDefinition definition, string? pointer, params string[] arguments) =>
        _diagnostics.Add(SpecDiagnostic.Create(definition, JsonPointerLocator.Locate(_input.Path, _input.Text, pointer), arguments));
}

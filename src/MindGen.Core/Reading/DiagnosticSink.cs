using System.Collections.Generic;
using MindGen.Diagnostics;

namespace MindGen.Reading;

/// <summary>
/// Collects diagnostics known by JSON pointer, and locates them all in one pass over the spec when
/// <see cref="Flush"/> is called (see <see cref="SpecLocator"/>).
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly SpecInput _input;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly List<(DiagnosticDefinition Definition, string? Pointer, string[] Arguments)> _pending = [];

    public DiagnosticSink(SpecInput input, List<SpecDiagnostic> diagnostics)
    {
        _input = input;
        _diagnostics = diagnostics;
    }

    public void Report(DiagnosticDefinition definition, string? pointer, params string[] arguments) =>
        _pending.Add((definition, pointer, arguments));

    /// <summary>Locates the pending diagnostics and adds them, in the order reported.</summary>
    public void Flush()
    {
        var pointers = _pending.ConvertAll(pending => pending.Pointer);
        SourceLocation[] locations = SpecLocator.Locate(_input.Path, _input.Text, pointers);
        for (int i = 0; i < _pending.Count; i++)
        {
            _diagnostics.Add(SpecDiagnostic.Create(_pending[i].Definition, locations[i], _pending[i].Arguments));
        }

        _pending.Clear();
    }
}

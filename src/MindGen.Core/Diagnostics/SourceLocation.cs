namespace MindGen.Diagnostics;

/// <summary>A place in a spec file; line and column are zero-based, as in Roslyn's <c>LinePosition</c>.</summary>
public sealed record SourceLocation(string FilePath, int Line, int Column)
{
    public override string ToString() => $"{FilePath}({Line + 1},{Column + 1})";
}

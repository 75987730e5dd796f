namespace MindGen;

/// <summary>
/// A file that a spec refers to with a relative <c>$ref</c> (<c>common.yaml#/components/schemas/Error</c>).
/// </summary>
/// <param name="Path">The file's normalized absolute path (see <see cref="Reading.SpecPath"/>).</param>
/// <param name="Text">The file's text (YAML or JSON).</param>
public sealed record SpecDocument(string Path, string Text);

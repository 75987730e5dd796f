namespace MindGen.Emit;

/// <summary>One generated source file: its hint name (unique, stable) and its text.</summary>
public sealed record GeneratedFile(string HintName, string Text);

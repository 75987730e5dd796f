using System;
using System.Text;

namespace MindGen.Emit.Writing;

/// <summary>
/// Builds source text line by line with four-space indentation. Blocks close themselves when disposed, so
/// the structure of the emitting code mirrors the structure of the emitted code.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes several lines (a raw string template), each indented to the current level.</summary>
    public SourceWriter Lines(string lines)
    {
        foreach (string line in lines.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace; disposing writes the closing one.</summary>
    public Block Open(string header, string closing = "}")
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this, closing);
    }

    /// <summary>A bare <c>{ }</c> block, for scoping locals.</summary>
    public Block Braces()
    {
        Line("{");
        _indent++;
        return new Block(this, "}");
    }

    public override string ToString() => _text.ToString();

    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Block(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line(_closing);
        }
    }
}

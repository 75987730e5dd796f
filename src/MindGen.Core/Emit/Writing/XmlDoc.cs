using System.Collections.Generic;
using System.Text;

namespace MindGen.Emit.Writing;

/// <summary>
/// Writes spec descriptions as XML documentation. Text is XML-escaped (so <c>&lt;/summary&gt;</c> in a spec
/// stays text), control characters are dropped, and every line gets its own <c>///</c> prefix, so a
/// description cannot end the comment and start code.
/// </summary>
internal static class XmlDoc
{
    // Each element takes the spec's text (escaped here) and a fallback the emitter wrote as XML (whose
    // spec-derived parts it escaped with Escape).
    public static void Summary(SourceWriter writer, string? text, string fallbackXml) =>
        Element(writer, "summary", text, fallbackXml, attributes: null);

    public static void Remarks(SourceWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "remarks", text, string.Empty, attributes: null);
        }
    }

    public static void Param(SourceWriter writer, string name, string? text, string fallbackXml) =>
        Element(writer, "param", text, fallbackXml, $"name=\"{name}\"");

    public static void Returns(SourceWriter writer, string? text, string fallbackXml) =>
        Element(writer, "returns", text, fallbackXml, attributes: null);

    /// <summary>
    /// Already-valid XML the emitter built (with <c>see</c> references), written as is; spec text inside it
    /// went through <see cref="Escape"/>, which keeps line breaks, so each line gets its own prefix.
    /// </summary>
    public static void Raw(SourceWriter writer, string xml)
    {
        foreach (string line in SplitLines(xml))
        {
            writer.Line("/// " + line);
        }
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\t': builder.Append(' '); break;
                case '\n': builder.Append('\n'); break;
                default:
                    if (!char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\u0085'))
                    {
                        builder.Append(c);
                    }
                    else if (c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static void Element(SourceWriter writer, string name, string? text, string fallbackXml, string? attributes)
    {
        string xml = string.IsNullOrWhiteSpace(text) ? fallbackXml : Escape(text!.Replace("\r\n", "\n").Replace('\r', '\n'));
        List<string> lines = SplitLines(xml);
        string open = attributes is null ? $"<{name}>" : $"<{name} {attributes}>";
        if (lines.Count == 1)
        {
            writer.Line($"/// {open}{lines[0]}</{name}>");
            return;
        }

        writer.Line("/// " + open);
        foreach (string line in lines)
        {
            writer.Line(line.Length == 0 ? "/// <para/>" : "/// " + line);
        }

        writer.Line($"/// </{name}>");
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        foreach (string line in text.Trim().Split('\n'))
        {
            string trimmed = line.TrimEnd();
            if (trimmed.Length > 0 || (lines.Count > 0 && lines[lines.Count - 1].Length > 0))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}

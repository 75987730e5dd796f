// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when durations or time spans
// are read. Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Servers write durations two ways: ISO 8601 (P1DT2H30M, as XML Schema defines them) and .NET's constant
    // format (1.02:30:00, how System.Text.Json writes a TimeSpan). Either reads, whichever the spec says.
    private static global::System.TimeSpan? ParseDuration(string text)
    {
        if (global::System.TimeSpan.TryParseExact(text, "c", global::System.Globalization.CultureInfo.InvariantCulture, out global::System.TimeSpan span))
        {
            return span;
        }

        try
        {
            return global::System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (global::System.FormatException)
        {
            return null;
        }
    }
}

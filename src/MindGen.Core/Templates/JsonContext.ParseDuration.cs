// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when durations (format:
// duration) are read. Not compiled into MindGen itself; a test compiles it with the other templates
// (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // ISO 8601 durations (P1DT2H30M), as XML Schema defines them.
    private static global::System.TimeSpan? ParseDuration(string text)
    {
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

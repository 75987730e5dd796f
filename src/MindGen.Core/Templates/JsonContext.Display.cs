// Template: members of a spec's JSON context (<Name>JsonContext) when it has classes: what a class's ToString()
// returns, its JSON, with the members the spec marks write-only (passwords, secrets) left out, so that logging an
// object never prints one. Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Set while an object prints itself: the writers leave write-only members out. Per thread, as writing is.
    [global::System.ThreadStatic]
    private static bool redacting;

    /// <summary>
    /// <paramref name="value"/> as the JSON the client sends, without write-only members: what a class's ToString()
    /// returns. Never throws: an object that cannot be written (a cycle) says so instead.
    /// </summary>
    internal static string Display<T>(T value)
    {
        bool outer = redacting;
        redacting = true;
        try
        {
            return global::System.Text.Json.JsonSerializer.Serialize(value, typeof(T), Default);
        }
        catch (global::System.Exception exception) when (exception is global::System.Text.Json.JsonException or global::System.InvalidOperationException)
        {
            return typeof(T).Name + " (not printable as JSON: " + exception.Message + ")";
        }
        finally
        {
            redacting = outer;
        }
    }
}

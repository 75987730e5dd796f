// Template: the fixed part of a oneOf/anyOf union class. The emitter writes the class around this body,
// with Union renamed and a From…/TryGet… pair per variant. Not compiled into MindGen itself; a test
// compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>A union; the emitter writes each union's own summary.</summary>
public sealed partial class Union
{
    /// <summary>Wraps JSON, as received or built by hand.</summary>
    /// <param name="json">The value.</param>
    public Union(global::System.Text.Json.JsonElement json) => Json = json;

    /// <summary>The value as JSON, exactly as received.</summary>
    public global::System.Text.Json.JsonElement Json { get; }
}

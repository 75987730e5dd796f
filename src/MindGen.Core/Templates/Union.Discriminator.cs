// Template: the discriminator accessor of a union whose spec names a discriminator, with the member's name
// in place of discriminatorName (in the literal and in the summary). Not compiled into MindGen itself; a
// test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class Union
{
    /// <summary>The <c>discriminatorName</c> member, which names the variant; null when it is absent or not a string.</summary>
    public string? Discriminator =>
        Json.ValueKind == global::System.Text.Json.JsonValueKind.Object
        && Json.TryGetProperty("discriminatorName", out global::System.Text.Json.JsonElement discriminator)
        && discriminator.ValueKind == global::System.Text.Json.JsonValueKind.String
            ? discriminator.GetString()
            : null;
}

// Template: a member of a spec's JSON context (<Name>JsonContext) when it has oneOf/anyOf unions: what each union's
// TryGet… methods call, so that a variant costs one line, not a try/catch of its own. Not compiled into MindGen
// itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    /// <summary>
    /// Reads <paramref name="json"/> as <typeparamref name="T"/> when <paramref name="applies"/> (a discriminated
    /// union passes whether its discriminator names the variant): true with the value when it reads as one, false
    /// (not an exception) when it does not.
    /// </summary>
    internal static bool TryRead<T>(global::System.Text.Json.JsonElement json, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value, bool applies = true)
    {
        if (applies)
        {
            try
            {
                if (global::System.Text.Json.JsonSerializer.Deserialize(json, typeInfo) is { } read)
                {
                    value = read;
                    return true;
                }
            }
            catch (global::System.Text.Json.JsonException)
            {
                // Not this variant.
            }
        }

        value = default;
        return false;
    }
}

using Microsoft.OpenApi;

namespace MindGen.Building.Schemas;

/// <summary>
/// The discriminator value of a subtype that no mapping entry names. OpenAPI's implicit mapping is the component's
/// name; but when the subtype's own schema allows its discriminator property one value only (a one-value enum or a
/// <c>const</c>), the name can never be on the wire and that value is the one meant: OpenAI's messages are told apart
/// by <c>role</c> without a mapping, each subtype saying <c>role: {enum: [user]}</c>.
/// </summary>
internal static class ImplicitDiscriminator
{
    public static string Value(IOpenApiSchema subtype, string property, string componentName) =>
        OnlyValue(subtype, property, depth: 0) ?? componentName;

    // The property may be the subtype's own, or come with one of the schemas it is allOf.
    private static string? OnlyValue(IOpenApiSchema schema, string property, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (schema.Properties is { } properties && properties.TryGetValue(property, out IOpenApiSchema? member)
            && EnumValues.Of(member) is { IsInteger: false, Values.Count: 1 } values)
        {
            return values.Values[0];
        }

        foreach (IOpenApiSchema part in schema.AllOf ?? [])
        {
            if (part is not null && OnlyValue(part, property, depth + 1) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}

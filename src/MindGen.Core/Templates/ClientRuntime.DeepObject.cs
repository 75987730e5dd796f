// Template: the part of a client's runtime class (<Client>Runtime) that writes deepObject query values,
// emitted only for a spec with a deepObject parameter whose value is an object or a list of them. Not
// compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    /// <summary>
    /// A value in the deepObject style, nested as deep as it goes: members as name[key], items as
    /// name[index] (the bracket form that qs, Rack and PHP read, and Stripe's API takes); nulls left out.
    /// </summary>
    public static void AppendDeepObject(global::System.Text.StringBuilder requestUri, ref char separator, string name, global::System.Text.Json.JsonElement value)
    {
        switch (value.ValueKind)
        {
            case global::System.Text.Json.JsonValueKind.Object:
                foreach (global::System.Text.Json.JsonProperty member in value.EnumerateObject())
                {
                    AppendDeepObject(requestUri, ref separator, name + "[" + member.Name + "]", member.Value);
                }

                break;
            case global::System.Text.Json.JsonValueKind.Array:
                int index = 0;
                foreach (global::System.Text.Json.JsonElement item in value.EnumerateArray())
                {
                    AppendDeepObject(requestUri, ref separator, name + "[" + index++.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]", item);
                }

                break;
            case global::System.Text.Json.JsonValueKind.Null:
                break;
            default:
                AppendQuery(requestUri, ref separator, name, FormValue(value));
                break;
        }
    }
}

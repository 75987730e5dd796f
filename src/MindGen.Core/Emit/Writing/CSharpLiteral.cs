using System.Globalization;
using System.Text;

namespace MindGen.Emit.Writing;

/// <summary>
/// Writes spec text as C# string literals. Every character that could end the literal, start a new line or
/// hide from a reader (quotes, backslashes, control and format characters, line and paragraph separators)
/// is escaped, so no spec can inject code through a name, an enum value or a URL.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (<c>"name"u8</c>) of the same text.</summary>
    public static string Utf8(string value) => String(value) + "u8";

    private static bool NeedsEscape(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsControl(c)
            || char.IsSurrogate(c)
            || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
    }
}

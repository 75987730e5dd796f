// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when dates (format: date) are
// read. Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // yyyy-MM-dd straight from the UTF-8 bytes, without an intermediate string.
    private static bool ReadDate(ref global::System.Text.Json.Utf8JsonReader reader, out global::System.DateOnly value)
    {
        value = default;
        global::System.ReadOnlySpan<byte> text = reader.HasValueSequence || reader.ValueIsEscaped ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            if (i < 4) { year = (year * 10) + (int)digit; }
            else if (i < 7) { month = (month * 10) + (int)digit; }
            else { day = (day * 10) + (int)digit; }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new global::System.DateOnly(year, month, day);
        return true;
    }
}

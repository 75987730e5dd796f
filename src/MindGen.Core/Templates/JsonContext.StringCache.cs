// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when strings are read. Not
// compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // Payloads repeat short strings (states, labels, action names) thousands of times. This per-thread
    // table hands out one instance per distinct value instead of a new string for each occurrence. Only
    // short ASCII values are kept, and a hit is confirmed byte by byte, so it never returns another string.
    private static class StringCache
    {
        private const int Size = 1024;
        private const int MaxLength = 48;

        [global::System.ThreadStatic]
        private static string?[]? s_entries;

        public static string Read(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            global::System.ReadOnlySpan<byte> bytes = reader.ValueSpan;
            if (reader.HasValueSequence || reader.ValueIsEscaped || bytes.Length > MaxLength)
            {
                return reader.GetString()!;
            }

            // FNV-1a, not HashCode: the same value takes the same slot in every process, so what a hit costs
            // (and which values evict each other) does not change from run to run.
            string?[] entries = s_entries ??= new string?[Size];
            uint hash = 2166136261;
            for (int i = 0; i < bytes.Length; i++)
            {
                hash = (hash ^ bytes[i]) * 16777619;
            }

            int slot = (int)(hash % Size);
            if (entries[slot] is { } cached && global::System.Text.Ascii.Equals(bytes, cached))
            {
                return cached;
            }

            string value = reader.GetString()!;
            if (value.Length == bytes.Length)
            {
                // As many characters as bytes: the value is ASCII.
                entries[slot] = value;
            }

            return value;
        }
    }
}

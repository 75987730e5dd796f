// Template: members of every spec's JSON context (<Name>JsonContext). Emitted when the spec has classes. Not
// compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    // A class's reader and writer share one table of its members: the reader asks it which member a name is
    // and switches on the answer, the writer takes the pre-encoded names from it. What every class needs
    // (name matching, the required check, the JSON path of a failure) lives here once, not in each class's
    // code: that keeps a large spec's context small enough to compile quickly.
    private sealed class JsonMembers
    {
        private readonly string _typeName;
        private readonly string[] _names;
        private readonly byte[][] _utf8Names;
        private readonly int[] _buckets;
        private readonly int[] _chain;
        private readonly ulong[] _required;

        // Members are listed in the order the class declares them; `required` holds the indexes of those a
        // body must contain.
        public JsonMembers(string typeName, int[]? required, params string[] names)
        {
            _typeName = typeName;
            _names = names;
            _utf8Names = new byte[names.Length][];
            EncodedNames = new global::System.Text.Json.JsonEncodedText[names.Length];
            int size = 4;
            while (size < names.Length * 2)
            {
                size *= 2;
            }

            // A small hash table of the UTF-8 names: bucket and chain entries hold 1 + a member's index, 0 ends.
            _buckets = new int[size];
            _chain = new int[names.Length];
            for (int index = names.Length - 1; index >= 0; index--)
            {
                _utf8Names[index] = global::System.Text.Encoding.UTF8.GetBytes(names[index]);
                EncodedNames[index] = global::System.Text.Json.JsonEncodedText.Encode(names[index]);
                int bucket = Hash(_utf8Names[index]) & (size - 1);
                _chain[index] = _buckets[bucket];
                _buckets[bucket] = index + 1;
            }

            _required = new ulong[(names.Length + 63) / 64];
            foreach (int index in required ?? global::System.Array.Empty<int>())
            {
                _required[index / 64] |= 1UL << (index % 64);
            }
        }

        /// <summary>The members' names as the writer writes them, by index.</summary>
        public global::System.Text.Json.JsonEncodedText[] EncodedNames { get; }

        /// <summary>Checks that the reader stands on an object, and starts reading its members.</summary>
        public MemberCursor Begin(ref global::System.Text.Json.Utf8JsonReader reader) =>
            reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject
                ? new MemberCursor(_names.Length)
                : throw Mismatch(ref reader, "an object (" + _typeName + ")");

        /// <summary>
        /// Moves to the next member's value and tells which member it is (<see cref="MemberCursor.Index"/>, or
        /// -1 with <see cref="MemberCursor.UnknownName"/> for a member the spec does not describe); false at
        /// the end of the object. Names are matched as UTF-8 bytes, the member after the last one first (bodies
        /// mostly come in the declared order); the rare escaped or split name is unescaped first.
        /// </summary>
        public bool Next(ref global::System.Text.Json.Utf8JsonReader reader, ref MemberCursor cursor)
        {
            if (!reader.Read() || reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
            {
                return false;
            }

            global::System.ReadOnlySpan<byte> name = reader.HasValueSequence || reader.ValueIsEscaped
                ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)
                : reader.ValueSpan;
            int index = Find(name, cursor.Expected);
            if (index >= 0)
            {
                cursor.Found(index);
            }
            else
            {
                cursor.Unknown(reader.GetString()!);
            }

            reader.Read();
            return true;
        }

        /// <summary>Fails for the first required member (in declared order) the body did not contain.</summary>
        public void EnsureRequired(in MemberCursor cursor)
        {
            for (int word = 0; word < _required.Length; word++)
            {
                ulong missing = _required[word] & ~cursor.SeenWord(word);
                if (missing != 0)
                {
                    int index = word * 64 + global::System.Numerics.BitOperations.TrailingZeroCount(missing);
                    throw Failure("the required property '" + _names[index] + "' of " + _typeName + " is missing");
                }
            }
        }

        /// <summary>The JSON path segment of the member the cursor is on: <c>.id</c>, or <c>['odd name']</c>.</summary>
        public string PathSegment(in MemberCursor cursor)
        {
            string name = cursor.Index >= 0 ? _names[cursor.Index] : cursor.UnknownName!;
            foreach (char c in name)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                {
                    return "['" + name + "']";
                }
            }

            return cursor.Index >= 0 && name.Length > 0 ? "." + name : "['" + name + "']";
        }

        private int Find(global::System.ReadOnlySpan<byte> name, int expected)
        {
            if ((uint)expected < (uint)_utf8Names.Length && global::System.MemoryExtensions.SequenceEqual(name, _utf8Names[expected]))
            {
                return expected;
            }

            for (int entry = _buckets[Hash(name) & (_buckets.Length - 1)]; entry != 0; entry = _chain[entry - 1])
            {
                if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Names[entry - 1]))
                {
                    return entry - 1;
                }
            }

            return -1;
        }

        private static int Hash(global::System.ReadOnlySpan<byte> name) =>
            name.Length == 0 ? 0 : (name.Length * 31) ^ (name[0] * 7) ^ (name[name.Length / 2] * 13) ^ (name[name.Length - 1] << 4);
    }

    // What a generated class's reader passes to the constructor that creates it empty: the reader sets the
    // members one by one and checks the required ones itself.
    internal sealed class Blank
    {
        internal static readonly Blank Value = new();

        private Blank()
        {
        }
    }

    // Where a class's reader is: the member it is reading, and which members it has seen.
    private struct MemberCursor
    {
        private ulong _seen;
        private ulong[]? _seenBeyond64;
        private int _count;

        public MemberCursor(int count)
        {
            _count = count;
            _seen = 0;
            _seenBeyond64 = null;
            Index = -1;
            Expected = 0;
            UnknownName = null;
        }

        /// <summary>The index of the member being read; -1 before the first and for unknown members.</summary>
        public int Index { get; private set; }

        /// <summary>The name of the member being read when the class does not describe it.</summary>
        public string? UnknownName { get; private set; }

        /// <summary>The member the reader tries first for the next name.</summary>
        public int Expected { get; private set; }

        /// <summary>Whether a member is being read (for the JSON path of a failure).</summary>
        public bool InMember => Index >= 0 || UnknownName is not null;

        public void Found(int index)
        {
            Index = index;
            UnknownName = null;
            Expected = index + 1;
            if (index < 64)
            {
                _seen |= 1UL << index;
            }
            else
            {
                (_seenBeyond64 ??= new ulong[(_count + 63) / 64 - 1])[index / 64 - 1] |= 1UL << (index % 64);
            }
        }

        public void Unknown(string name)
        {
            Index = -1;
            UnknownName = name;
        }

        public readonly ulong SeenWord(int word) => word == 0 ? _seen : _seenBeyond64 is { } beyond ? beyond[word - 1] : 0;
    }

    // Keeps a member the spec does not describe in the class's bag, created on the first one.
    private static global::System.Collections.Generic.IDictionary<string, T> Keep<T>(global::System.Collections.Generic.IDictionary<string, T>? bag, string name, T value)
    {
        bag ??= new global::System.Collections.Generic.Dictionary<string, T>();
        bag[name] = value;
        return bag;
    }

    // Writes back the members a class's bag kept.
    private static void WriteKept(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? bag)
    {
        if (bag is null)
        {
            return;
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> pair in bag)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>
/// Emits the API's <c>JsonSerializerContext</c>: a complete, reflection-free resolver. A generator cannot
/// feed the System.Text.Json source generator, so MindGen writes the context itself: every root type gets a
/// <c>JsonTypeInfo</c> built with <c>JsonMetadataServices.CreateValueInfo</c> over a generated converter,
/// and the converters call each other's static read/write methods directly.
/// </summary>
internal sealed class JsonContextEmitter
{
    private readonly ApiDescription _api;
    private readonly TypeSyntax _types;
    private readonly JsonShapes _shapes;

    public JsonContextEmitter(ApiDescription api, TypeSyntax types)
    {
        _api = api;
        _types = types;
        _shapes = new JsonShapes(api);
    }

    public IEnumerable<GeneratedFile> Emit()
    {
        yield return new GeneratedFile($"{_api.Namespace}.{_api.JsonContextName}.g.cs", EmitContext());
        yield return new GeneratedFile($"{_api.Namespace}.{_api.JsonContextName}.Helpers.g.cs", EmitHelpers());
        var models = new JsonModelConverterEmitter(_api, _types);
        foreach (ObjectModel model in _api.Models)
        {
            yield return new GeneratedFile($"{_api.Namespace}.{_api.JsonContextName}.{model.Name}.g.cs", models.Emit(model));
        }
    }

    // Members a context has already (from JsonSerializerContext and object) or declares itself, helpers
    // included (a GitHub schema is called "failure-reason").
    private static readonly HashSet<string> TakenContextMembers =
    [
        "Options", "Default", "GetTypeInfo", "GeneratedSerializerOptions", "Create",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
        "FailureReason", "Failure", "Mismatch", "AddPath", "ParseDuration", "StringCache", "ReadDate", "UnescapedName",
    ];

    /// <summary>
    /// The name of the context property that hands out the <c>JsonTypeInfo</c> of a root type: the type's
    /// name, as in System.Text.Json's own contexts, with <c>TypeInfo</c> appended when the context already
    /// has a member of that name (a schema called <c>Options</c>).
    /// </summary>
    public static string PropertyName(TypeRef root)
    {
        string name = root switch
        {
            ModelTypeRef model => model.Name,
            ArrayTypeRef array => "IReadOnlyList" + TypeSyntax.Key(array.Element),
            MapTypeRef map => "IReadOnlyDictionaryString" + TypeSyntax.Key(map.Value),
            _ => TypeSyntax.Key(root),
        };
        return TakenContextMembers.Contains(name) ? name + "TypeInfo" : name;
    }

    private string EmitContext()
    {
        string context = _api.JsonContextName;
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        XmlDoc.Summary(writer, null, $"Reflection-free System.Text.Json metadata for every type of the {Api} API; safe for trimming and Native AOT.");
        XmlDoc.Remarks(writer, "Use it with JsonSerializer directly, e.g. JsonSerializer.Deserialize(json, " + context + ".Default.<Type>). The wire format is the spec's: naming policies and converters in custom options do not apply to generated types.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed partial class {context} : {JsonNames.Json}.Serialization.JsonSerializerContext, {JsonNames.Metadata}.IJsonTypeInfoResolver"))
        {
            XmlDoc.Summary(writer, null, "The shared instance, with default options.");
            writer.Line($"public static {context} Default {{ get; }} = new {context}(new {JsonNames.Options}());");
            writer.Line();
            XmlDoc.Summary(writer, null, "Creates a context with its own default options.");
            writer.Line($"public {context}() : base(null) {{ }}");
            writer.Line();
            XmlDoc.Summary(writer, null, "Creates a context bound to <paramref name=\"options\"/> (for settings such as indentation).");
            XmlDoc.Param(writer, "options", null, "The options to bind; they become read-only.");
            writer.Line($"public {context}({JsonNames.Options} options) : base(options) {{ }}");
            writer.Line();
            XmlDoc.Raw(writer, "<inheritdoc/>");
            writer.Line($"protected override {JsonNames.Options}? GeneratedSerializerOptions => null;");

            foreach (TypeRef root in _shapes.Roots)
            {
                string type = _types.Name(root, nullable: false);
                string property = PropertyName(root);
                writer.Line();
                writer.Line($"private {JsonNames.TypeInfo}<{type}>? _{property};");
                writer.Line();
                XmlDoc.Summary(writer, null, $"Metadata for {XmlDoc.Escape(TypeSyntax.Display(root))}.");
                writer.Line($"public {JsonNames.TypeInfo}<{type}> {property} => _{property} ??= ({JsonNames.TypeInfo}<{type}>)Options.GetTypeInfo(typeof({type}));");
            }

            writer.Line();
            XmlDoc.Raw(writer, "<inheritdoc/>");
            using (writer.Open($"public override {JsonNames.TypeInfo}? GetTypeInfo(global::System.Type type)"))
            {
                writer.Line("Options.TryGetTypeInfo(type, out " + JsonNames.TypeInfo + "? typeInfo);");
                writer.Line("return typeInfo;");
            }

            writer.Line();
            using (writer.Open($"{JsonNames.TypeInfo}? {JsonNames.Metadata}.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {JsonNames.Options} options)"))
            {
                foreach (TypeRef root in _shapes.Roots)
                {
                    string type = _types.Name(root, nullable: false);
                    using (writer.Open($"if (type == typeof({type}))"))
                    {
                        writer.Line($"return Create(options, new {JsonNames.ConverterClass(TypeSyntax.Key(root))}());");
                    }
                }

                writer.Line("return null;");
            }

            writer.Line();
            using (writer.Open($"private {JsonNames.TypeInfo}<T> Create<T>({JsonNames.Options} options, {JsonNames.Converter}<T> converter)"))
            {
                writer.Line($"{JsonNames.TypeInfo}<T> typeInfo = {JsonNames.Metadata}.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
                writer.Line("typeInfo.OriginatingResolver = this;");
                writer.Line("return typeInfo;");
            }

            foreach (TypeRef root in _shapes.Roots.Where(root => root is not ModelTypeRef))
            {
                writer.Line();
                EmitConverterClass(writer, root);
            }
        }

        return writer.ToString();
    }

    /// <summary>A <c>JsonConverter&lt;T&gt;</c> that hands over to the static read/write helpers of a root type.</summary>
    internal static void EmitConverterClass(SourceWriter writer, string key, string type)
    {
        using (writer.Open($"private sealed class {JsonNames.ConverterClass(key)} : {JsonNames.Converter}<{type}>"))
        {
            writer.Line($"public override {type} Read(ref {JsonNames.Reader} reader, global::System.Type typeToConvert, {JsonNames.Options} options) => {JsonNames.Read(key)}(ref reader);");
            writer.Line();
            writer.Line($"public override void Write({JsonNames.Writer} writer, {type} value, {JsonNames.Options} options) => {JsonNames.Write(key)}(writer, value);");
        }
    }

    private void EmitConverterClass(SourceWriter writer, TypeRef root) =>
        EmitConverterClass(writer, TypeSyntax.Key(root), _types.Name(root, nullable: false));

    private string Api => XmlDoc.Escape(_api.Title ?? _api.ClientName);

    private string EmitHelpers()
    {
        SourceWriter writer = FileHeader.Start(_api.Namespace);
        using (writer.Open($"partial class {_api.JsonContextName}"))
        {
            writer.Lines($$"""
                private const string FailureReason = "MindGen.Reason";

                private static {{JsonNames.Exception}} Mismatch(ref {{JsonNames.Reader}} reader, string expected)
                {
                    string found = reader.TokenType switch
                    {
                        {{JsonNames.TokenType}}.String => "a string",
                        {{JsonNames.TokenType}}.Number => "a number",
                        {{JsonNames.TokenType}}.True or {{JsonNames.TokenType}}.False => "a boolean",
                        {{JsonNames.TokenType}}.Null => "null",
                        {{JsonNames.TokenType}}.StartObject => "an object",
                        {{JsonNames.TokenType}}.StartArray => "an array",
                        _ => reader.TokenType.ToString(),
                    };
                    return Failure("expected " + expected + ", found " + found);
                }

                private static {{JsonNames.Exception}} Failure(string reason)
                {
                    var exception = new {{JsonNames.Exception}}(reason + " (at $)", "$", null, null);
                    exception.Data[FailureReason] = reason;
                    return exception;
                }

                // Exceptions travel out through the nested converters; each level prepends its segment, so
                // the message names the whole path ($[3].worklog.ticketId) without any cost on success.
                private static {{JsonNames.Exception}} AddPath({{JsonNames.Exception}} inner, string segment)
                {
                    string reason = inner.Data[FailureReason] as string ?? inner.Message;
                    string path = "$" + segment + (inner.Path is { Length: > 1 } innerPath && innerPath[0] == '$' ? innerPath.Substring(1) : string.Empty);
                    var exception = new {{JsonNames.Exception}}(reason + " (at " + path + ")", path, inner.LineNumber, inner.BytePositionInLine, inner.InnerException ?? inner);
                    exception.Data[FailureReason] = reason;
                    return exception;
                }
                """);

            if (_api.Models.Any(model => model.Polymorphism is not null))
            {
                writer.Lines($$"""

                    // Scans ahead on a copy of the reader (a struct), so the caller stays where it was. The whole
                    // object is in the buffer: System.Text.Json reads a value completely before a converter sees it.
                    private static string? PeekDiscriminator({{JsonNames.Reader}} reader, global::System.ReadOnlySpan<byte> name)
                    {
                        while (reader.Read() && reader.TokenType == {{JsonNames.TokenType}}.PropertyName)
                        {
                            bool isDiscriminator = reader.ValueTextEquals(name);
                            reader.Read();
                            if (isDiscriminator)
                            {
                                return reader.TokenType == {{JsonNames.TokenType}}.String ? reader.GetString() : null;
                            }

                            reader.TrySkip();
                        }

                        return null;
                    }
                    """);
            }

            if (_api.Models.Any(model => model.Properties.Count > 0))
            {
                writer.Lines($$"""

                    // Member names are matched as UTF-8 bytes; the rare escaped or split one is unescaped first.
                    private static byte[] UnescapedName(ref {{JsonNames.Reader}} reader) => global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
                    """);
            }

            if (UsesPrimitive(PrimitiveKind.String))
            {
                EmitStringCache(writer);
            }

            if (UsesPrimitive(PrimitiveKind.Date))
            {
                EmitReadDate(writer);
            }

            if (UsesPrimitive(PrimitiveKind.Duration))
            {
                writer.Lines($$"""

                    // ISO 8601 durations (P1DT2H30M), as XML Schema defines them.
                    private static global::System.TimeSpan? ParseDuration(string text)
                    {
                        try
                        {
                            return global::System.Xml.XmlConvert.ToTimeSpan(text);
                        }
                        catch (global::System.FormatException)
                        {
                            return null;
                        }
                    }
                    """);
            }

            foreach (TypeRef shape in _shapes.Helpers)
            {
                writer.Line();
                EmitHelpers(writer, shape);
            }
        }

        return writer.ToString();
    }

    private bool UsesPrimitive(PrimitiveKind kind) => _shapes.Helpers.Any(shape => shape is PrimitiveTypeRef primitive && primitive.Kind == kind);

    private static void EmitStringCache(SourceWriter writer) =>
        writer.Lines($$"""

            // Payloads repeat short strings (states, labels, action names) thousands of times. This per-thread
            // table hands out one instance per distinct value instead of a new string for each occurrence. Only
            // short ASCII values are kept, and a hit is confirmed byte by byte, so it never returns another string.
            private static class StringCache
            {
                private const int Size = 1024;
                private const int MaxLength = 48;

                [global::System.ThreadStatic]
                private static string?[]? s_entries;

                public static string Read(ref {{JsonNames.Reader}} reader)
                {
                    global::System.ReadOnlySpan<byte> bytes = reader.ValueSpan;
                    if (reader.HasValueSequence || reader.ValueIsEscaped || bytes.Length > MaxLength)
                    {
                        return reader.GetString()!;
                    }

                    string?[] entries = s_entries ??= new string?[Size];
                    var hash = new global::System.HashCode();
                    hash.AddBytes(bytes);
                    int slot = (int)((uint)hash.ToHashCode() % Size);
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
            """);

    private static void EmitReadDate(SourceWriter writer) =>
        writer.Lines($$"""

            // yyyy-MM-dd straight from the UTF-8 bytes, without an intermediate string.
            private static bool ReadDate(ref {{JsonNames.Reader}} reader, out global::System.DateOnly value)
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
            """);

    private void EmitHelpers(SourceWriter writer, TypeRef shape)
    {
        string key = TypeSyntax.Key(shape);
        string type = _types.Name(shape, nullable: false);
        switch (shape)
        {
            case PrimitiveTypeRef primitive:
                (string condition, string expression, string expected) = JsonPrimitiveCode.Read(primitive.Kind);
                writer.Line($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    {condition} ? {expression} : throw Mismatch(ref reader, {CSharpLiteral.String(expected)});");
                writer.Line();
                writer.Line($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value) {{ {JsonPrimitiveCode.Write(primitive.Kind)} }}");
                break;
            case EnumTypeRef { IsInteger: true }:
                writer.Line($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.Number && reader.TryGetInt64(out long value) ? new {type}(value) : throw Mismatch(ref reader, {CSharpLiteral.String("an integer (" + key + ")")});");
                writer.Line();
                writer.Line($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteNumberValue(value.Value);");
                break;
            case EnumTypeRef:
                // Any string is accepted: values the spec does not list are kept, never rejected.
                writer.Line($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.String ? new {type}(reader.GetString()!) : throw Mismatch(ref reader, {CSharpLiteral.String("a string (" + key + ")")});");
                writer.Line();
                writer.Line($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteStringValue(value.Value);");
                break;
            case UnionTypeRef:
                // A union keeps the JSON as received; its accessors read the variants on demand.
                writer.Line($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader) => new {type}({JsonNames.Element}.ParseValue(ref reader));");
                writer.Line();
                writer.Line($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value) => value.Json.WriteTo(writer);");
                break;
            case AnyTypeRef:
                writer.Line($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader) => {JsonNames.Element}.ParseValue(ref reader);");
                writer.Line();
                writer.Line($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value) => value.WriteTo(writer);");
                break;
            case ArrayTypeRef array:
                EmitArrayHelpers(writer, key, type, array.Element);
                break;
            case MapTypeRef map:
                EmitMapHelpers(writer, key, type, map.Value);
                break;
        }

        writer.Line();
        EmitReadOrNull(writer, key, type, TypeSyntax.IsValueType(shape));
    }

    // A bare `null` would convert to an open enum through its implicit conversion from string: value types
    // get an explicit default instead.
    internal static void EmitReadOrNull(SourceWriter writer, string key, string type, bool isValueType) =>
        writer.Line($"private static {type}? {JsonNames.ReadOrNull(key)}(ref {JsonNames.Reader} reader) => reader.TokenType == {JsonNames.TokenType}.Null ? {(isValueType ? $"default({type}?)" : "null")} : {JsonNames.Read(key)}(ref reader);");

    private void EmitArrayHelpers(SourceWriter writer, string key, string type, TypeRef element)
    {
        string elementType = _types.Name(element, element.IsNullable);
        using (writer.Open($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader)"))
        {
            writer.Lines($$"""
                if (reader.TokenType != {{JsonNames.TokenType}}.StartArray)
                {
                    throw Mismatch(ref reader, "an array");
                }

                // Most arrays in API payloads are short: the first four items wait in locals, so a short array
                // costs one exact-size allocation instead of a list and its growing buffer.
                {{elementType}} item0 = default!, item1 = default!, item2 = default!, item3 = default!;
                global::System.Collections.Generic.List<{{elementType}}>? more = null;
                int count = 0;
                try
                {
                    while (reader.Read() && reader.TokenType != {{JsonNames.TokenType}}.EndArray)
                    {
                        {{elementType}} item = {{JsonValueCode.Read(element, element.IsNullable)}};
                        switch (count)
                        {
                            case 0: item0 = item; break;
                            case 1: item1 = item; break;
                            case 2: item2 = item; break;
                            case 3: item3 = item; break;
                            case 4: more = new global::System.Collections.Generic.List<{{elementType}}>(16) { item0, item1, item2, item3, item }; break;
                            default: more!.Add(item); break;
                        }

                        count++;
                    }
                }
                catch ({{JsonNames.Exception}} exception)
                {
                    throw AddPath(exception, "[" + count.ToString({{JsonNames.Invariant}}) + "]");
                }

                return count switch
                {
                    0 => global::System.Array.Empty<{{elementType}}>(),
                    1 => new {{elementType}}[] { item0 },
                    2 => new {{elementType}}[] { item0, item1 },
                    3 => new {{elementType}}[] { item0, item1, item2 },
                    4 => new {{elementType}}[] { item0, item1, item2, item3 },
                    _ => more!,
                };
                """);
        }

        writer.Line();
        using (writer.Open($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value)"))
        {
            writer.Line("writer.WriteStartArray();");
            using (writer.Open("for (int i = 0; i < value.Count; i++)"))
            {
                writer.Line(element.IsNullable ? JsonValueCode.WriteNullable(element, "value[i]", "item") : JsonValueCode.Write(element, "value[i]"));
            }

            writer.Line("writer.WriteEndArray();");
        }
    }

    private void EmitMapHelpers(SourceWriter writer, string key, string type, TypeRef value)
    {
        string valueType = _types.Name(value, value.IsNullable);
        using (writer.Open($"private static {type} {JsonNames.Read(key)}(ref {JsonNames.Reader} reader)"))
        {
            writer.Lines($$"""
                if (reader.TokenType != {{JsonNames.TokenType}}.StartObject)
                {
                    throw Mismatch(ref reader, "an object");
                }

                var items = new global::System.Collections.Generic.Dictionary<string, {{valueType}}>();
                string? name = null;
                try
                {
                    while (reader.Read() && reader.TokenType != {{JsonNames.TokenType}}.EndObject)
                    {
                        name = reader.GetString()!;
                        reader.Read();
                        items[name] = {{JsonValueCode.Read(value, value.IsNullable)}};
                    }
                }
                catch ({{JsonNames.Exception}} exception)
                {
                    throw AddPath(exception, "['" + name + "']");
                }

                return items;
                """);
        }

        writer.Line();
        using (writer.Open($"private static void {JsonNames.Write(key)}({JsonNames.Writer} writer, {type} value)"))
        {
            writer.Line("writer.WriteStartObject();");
            using (writer.Open($"foreach (global::System.Collections.Generic.KeyValuePair<string, {valueType}> pair in value)"))
            {
                writer.Line("writer.WritePropertyName(pair.Key);");
                writer.Line(value.IsNullable ? JsonValueCode.WriteNullable(value, "pair.Value", "item") : JsonValueCode.Write(value, "pair.Value"));
            }

            writer.Line("writer.WriteEndObject();");
        }
    }
}

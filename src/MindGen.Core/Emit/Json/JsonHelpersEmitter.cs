using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Emits the JSON context's helpers file: the fixed helpers (templates) the API's shapes need, and a
/// read/write pair per scalar, enum, union, array and map shape. Class shapes have their own files.
/// </summary>
internal sealed class JsonHelpersEmitter(ApiDescription api, TypeSyntax types, JsonShapes shapes)
{
    public string Emit()
    {
        SourceWriter writer = FileHeader.Start(api.Namespace);
        using (writer.Open($"partial class {api.JsonContextName}"))
        {
            bool first = true;
            foreach (string part in Template.JsonContextPartNames.Where(IsNeeded))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Lines(Template.JsonContextPart(part).Body(api.Namespace));
            }

            foreach (TypeRef shape in shapes.Helpers)
            {
                writer.Line();
                EmitHelpers(writer, shape);
            }
        }

        return writer.ToString();
    }

    // Helpers beyond the failure reporting every context has are emitted only where a shape calls them.
    private bool IsNeeded(string part) => part switch
    {
        "PeekDiscriminator" => api.Models.Any(model => model.Polymorphism is not null),
        "UnescapedName" => api.Models.Any(model => model.Properties.Count > 0),
        "StringCache" => UsesPrimitive(PrimitiveKind.String),
        "ReadDate" => UsesPrimitive(PrimitiveKind.Date),
        "ParseDuration" => UsesPrimitive(PrimitiveKind.Duration) || UsesPrimitive(PrimitiveKind.TimeSpan),
        _ => true,
    };

    private bool UsesPrimitive(PrimitiveKind kind) => shapes.Helpers.Any(shape => shape is PrimitiveTypeRef primitive && primitive.Kind == kind);

    private void EmitHelpers(SourceWriter writer, TypeRef shape)
    {
        string key = TypeKey.Of(shape);
        string type = types.Name(shape, nullable: false);
        switch (shape)
        {
            case PrimitiveTypeRef primitive:
                (string condition, string expression, string expected) = JsonPrimitiveCode.Read(primitive);
                writer.Line($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    {condition} ? {expression} : throw Mismatch(ref reader, {CSharpLiteral.String(expected)});");
                writer.Line();
                writer.Line($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) {{ {JsonPrimitiveCode.Write(primitive.Kind)} }}");
                break;
            case EnumTypeRef { IsInteger: true, Name: var enumName }:
                writer.Line($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.Number && reader.TryGetInt64(out long value) ? new {type}(value) : throw Mismatch(ref reader, {CSharpLiteral.String("an integer (" + enumName + ")")});");
                writer.Line();
                writer.Line($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteNumberValue(value.Value);");
                break;
            case EnumTypeRef { Name: var enumName }:
                // Any string is accepted: values the spec does not list are kept, never rejected.
                writer.Line($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.String ? new {type}(reader.GetString()!) : throw Mismatch(ref reader, {CSharpLiteral.String("a string (" + enumName + ")")});");
                writer.Line();
                writer.Line($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteStringValue(value.Value);");
                break;
            case UnionTypeRef:
                // A union keeps the JSON as received; its accessors read the variants on demand.
                writer.Line($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => new {type}({JsonNames.Element}.ParseValue(ref reader));");
                writer.Line();
                writer.Line($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => value.Json.WriteTo(writer);");
                break;
            case AnyTypeRef:
                writer.Line($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => {JsonNames.Element}.ParseValue(ref reader);");
                writer.Line();
                writer.Line($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => value.WriteTo(writer);");
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
        writer.Line($"private static {type}? {GeneratedNames.ReadOrNullMethod(key)}(ref {JsonNames.Reader} reader) => reader.TokenType == {JsonNames.TokenType}.Null ? {(isValueType ? $"default({type}?)" : "null")} : {GeneratedNames.ReadMethod(key)}(ref reader);");

    private void EmitArrayHelpers(SourceWriter writer, string key, string type, TypeRef element)
    {
        string elementType = types.Name(element, element.IsNullable);
        using (writer.Open($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader)"))
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
        using (writer.Open($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value)"))
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
        string valueType = types.Name(value, value.IsNullable);
        using (writer.Open($"private static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader)"))
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
        using (writer.Open($"private static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value)"))
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

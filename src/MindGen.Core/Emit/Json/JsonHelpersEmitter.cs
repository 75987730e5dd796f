using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Emits the JSON context's helpers file: the fixed helpers (templates) the API's shapes need, and a
/// read/write pair per scalar, enum, union, array and map shape. Class shapes have their own files.
/// </summary>
internal sealed class JsonHelpersEmitter(ApiDescription api, JsonShapes shapes, JsonPartitions parts)
{
    // Every shape method that calls another's is in a part; the scalars' helpers, on the context, call none.
    private readonly JsonValueCode _values = new(parts, shapes, fromPart: true);

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
                writer.Lines(Template.JsonContextPart(part).Body());
            }

            if (shapes.Helpers.Any())
            {
                writer.Line();
                parts.EmitByPart(writer, shapes.Helpers, shape => shape, shape => EmitHelpers(writer, shape));
            }
        }

        return writer.ToString();
    }

    // Helpers beyond the failure reporting every context has are emitted only where a shape calls them.
    private bool IsNeeded(string part) => part switch
    {
        "PeekDiscriminator" => api.Models.Any(model => model.Polymorphism is not null),
        "Members" or "Display" => api.Models.Any(),
        "Unions" => api.Unions.Any(),
        "Collections" => shapes.Helpers.Any(shape => shape is ArrayTypeRef or MapTypeRef),
        "StringCache" => UsesPrimitive(PrimitiveKind.String),
        "ReadDate" => UsesPrimitive(PrimitiveKind.Date),
        "ParseDuration" => UsesPrimitive(PrimitiveKind.Duration) || UsesPrimitive(PrimitiveKind.TimeSpan),
        _ => true,
    };

    private bool UsesPrimitive(PrimitiveKind kind) => shapes.Helpers.Any(shape => shape is PrimitiveTypeRef primitive && primitive.Kind == kind);

    private void EmitHelpers(SourceWriter writer, TypeRef shape)
    {
        string key = TypeKey.Of(shape);
        string type = TypeSyntax.Name(shape, nullable: false);
        string access = parts.Access(shape);
        switch (shape)
        {
            case PrimitiveTypeRef primitive:
                (string condition, string expression, string expected) = JsonPrimitiveCode.Read(primitive);
                writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    {condition} ? {expression} : throw Mismatch(ref reader, {CSharpLiteral.String(expected)});");
                writer.Line();
                writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) {{ {JsonPrimitiveCode.Write(primitive.Kind)} }}");
                break;
            case EnumTypeRef { IsInteger: true, Name: var enumName }:
                writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.Number && reader.TryGetInt64(out long value) ? new {type}(value) : throw Mismatch(ref reader, {CSharpLiteral.String("an integer (" + enumName + ")")});");
                writer.Line();
                writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteNumberValue(value.Value);");
                break;
            case EnumTypeRef { Name: var enumName }:
                // Any string is accepted: values the spec does not list are kept, never rejected.
                writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) =>");
                writer.Line($"    reader.TokenType == {JsonNames.TokenType}.String ? new {type}(reader.GetString()!) : throw Mismatch(ref reader, {CSharpLiteral.String("a string (" + enumName + ")")});");
                writer.Line();
                writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => writer.WriteStringValue(value.Value);");
                break;
            case UnionTypeRef:
                // A union keeps the JSON as received; its accessors read the variants on demand.
                writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => new {type}({JsonNames.Element}.ParseValue(ref reader));");
                writer.Line();
                writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => value.Json.WriteTo(writer);");
                break;
            case AnyTypeRef:
                writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => {JsonNames.Element}.ParseValue(ref reader);");
                writer.Line();
                writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => value.WriteTo(writer);");
                break;
            case ArrayTypeRef array:
                EmitArrayHelpers(writer, key, type, access, array.Element);
                break;
            case MapTypeRef map:
                EmitMapHelpers(writer, key, type, access, map.Value);
                break;
        }

        if (shapes.IsReadOrNull(shape))
        {
            writer.Line();
            EmitReadOrNull(writer, key, type, access, TypeSyntax.IsValueType(shape));
        }
    }

    // A bare `null` would convert to an open enum through its implicit conversion from string: value types
    // get an explicit default instead.
    internal static void EmitReadOrNull(SourceWriter writer, string key, string type, string access, bool isValueType) =>
        writer.Line($"{access} static {type}? {GeneratedNames.ReadOrNullMethod(key)}(ref {JsonNames.Reader} reader) => reader.TokenType == {JsonNames.TokenType}.Null ? {(isValueType ? $"default({type}?)" : "null")} : {GeneratedNames.ReadMethod(key)}(ref reader);");

    // Arrays and maps read and write through the context's generic ReadList/ReadMap (their item's method in
    // hand): one line per shape. Null items are written by a loop of the shape's own, the only place a
    // writer has to tell null from an item.
    private void EmitArrayHelpers(SourceWriter writer, string key, string type, string access, TypeRef element)
    {
        string elementType = TypeSyntax.Name(element, element.IsNullable);
        writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => ReadList<{elementType}>(ref reader, {ItemMethod(element)});");
        writer.Line();
        if (!element.IsNullable)
        {
            writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => WriteList<{elementType}>(writer, value, {_values.WriteMethod(element)});");
            return;
        }

        using (writer.Open($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value)"))
        {
            writer.Line("writer.WriteStartArray();");
            using (writer.Open("for (int i = 0; i < value.Count; i++)"))
            {
                writer.Line(_values.WriteNullable(element, "value[i]", "item"));
            }

            writer.Line("writer.WriteEndArray();");
        }
    }

    private void EmitMapHelpers(SourceWriter writer, string key, string type, string access, TypeRef value)
    {
        string valueType = TypeSyntax.Name(value, value.IsNullable);
        writer.Line($"{access} static {type} {GeneratedNames.ReadMethod(key)}(ref {JsonNames.Reader} reader) => ReadMap<{valueType}>(ref reader, {ItemMethod(value)});");
        writer.Line();
        if (!value.IsNullable)
        {
            writer.Line($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value) => WriteMap<{valueType}>(writer, value, {_values.WriteMethod(value)});");
            return;
        }

        using (writer.Open($"{access} static void {GeneratedNames.WriteMethod(key)}({JsonNames.Writer} writer, {type} value)"))
        {
            writer.Line("writer.WriteStartObject();");
            using (writer.Open($"foreach (sys::Collections.Generic.KeyValuePair<string, {valueType}> pair in value)"))
            {
                writer.Line("writer.WritePropertyName(pair.Key);");
                writer.Line(_values.WriteNullable(value, "pair.Value", "item"));
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    private string ItemMethod(TypeRef item) => _values.ReadMethod(item, allowNull: item.IsNullable);
}

using System.Linq;
using MindGen.Emit.Json;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>
/// Emits the class of a stream's named server-sent events: abstract, with a sealed nested class per event the spec
/// names (its data typed as the spec says) and <c>Unknown</c> for any other, so a <c>switch</c> on the type reads
/// them and nothing is dropped; and the reader the client hands its runtime, which picks the class by event type.
/// </summary>
internal sealed class EventUnionEmitter(EmitContext context)
{
    public GeneratedFile Emit(EventUnionModel union)
    {
        string self = TypeSyntax.Generated(union.Name);
        string first = union.Events[0].CaseName;
        SourceWriter writer = context.StartCallingRuntime();
        XmlDoc.Summary(writer, null, $"An event of a stream: one the spec names (a nested class each), or an <see cref=\"{GeneratedNames.EventUnionUnknown}\"/> one.");
        writer.Line($"/// <remarks>A <c>switch</c> on the type tells them apart: <c>case {union.Name}.{first} {Identifier.ToCamelCase(first)}:</c>.</remarks>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        using (writer.Open($"public abstract partial class {union.Name}"))
        {
            writer.Lines($$"""
                private protected {{union.Name}}(string eventType) => {{GeneratedNames.EventUnionType}} = eventType;

                /// <summary>The event's type: its <c>event</c> field, or <c>message</c>.</summary>
                public string {{GeneratedNames.EventUnionType}} { get; }
                """);
            foreach (NamedEventModel named in union.Events)
            {
                writer.Line();
                string summary = $"The <c>{XmlDoc.Escape(named.EventType)}</c> event.";
                EmitEvent(writer, self, named.CaseName, named.Description is { Length: > 0 } description ? $"{summary} {XmlDoc.Escape(description)}" : summary,
                    TypeSyntax.Name(named.DataType, nullable: false), CSharpLiteral.String(named.EventType), takesType: false);
            }

            writer.Line();
            EmitEvent(writer, self, GeneratedNames.EventUnionUnknown, "An event the spec does not name, with its data as it came.", "string", "eventType", takesType: true);
            writer.Line();
            EmitReader(writer, self, union);
        }

        return new GeneratedFile($"{context.Api.Namespace}.{union.Name}.g.cs", writer.ToString());
    }

    // An event's class: created from its data (and, for Unknown, its type), which it holds as Data.
    private static void EmitEvent(SourceWriter writer, string self, string name, string summaryXml, string dataType, string baseArgument, bool takesType)
    {
        writer.Line($"/// <summary>{summaryXml}</summary>");
        using (writer.Open($"public sealed partial class {name} : {self}"))
        {
            writer.Line("/// <summary>Creates the event.</summary>");
            if (takesType)
            {
                writer.Line("/// <param name=\"eventType\">Its type.</param>");
            }

            writer.Line("/// <param name=\"data\">Its data.</param>");
            writer.Line($"public {name}({(takesType ? "string eventType, " : string.Empty)}{dataType} data) : base({baseArgument}) => {GeneratedNames.EventUnionData} = data;");
            writer.Line();
            writer.Line("/// <summary>The event's data.</summary>");
            writer.Line($"public {dataType} {GeneratedNames.EventUnionData} {{ get; }}");
        }
    }

    private void EmitReader(SourceWriter writer, string self, EventUnionModel union)
    {
        string json = TypeSyntax.Generated(context.Api.JsonContextName);
        writer.Lines($$"""
            /// <summary>Reads events through <paramref name="json"/>: the class their type names, else <see cref="{{GeneratedNames.EventUnionUnknown}}"/>.</summary>
            internal static {{context.Runtime}}.EventReader<{{self}}> {{GeneratedNames.EventUnionReader}}({{json}} json) =>
                (eventType, data) => eventType switch
                {
            """);
        foreach (NamedEventModel named in union.Events)
        {
            writer.Line($"        {CSharpLiteral.String(named.EventType)} => new {self}.{named.CaseName}({Data(named)}),");
        }

        writer.Lines($$"""
                    _ => new {{self}}.{{GeneratedNames.EventUnionUnknown}}(eventType, sys::Text.Encoding.UTF8.GetString(data)),
                };
            """);
    }

    private string Data(NamedEventModel named)
    {
        if (!named.DataIsJson)
        {
            return "sys::Text.Encoding.UTF8.GetString(data)";
        }

        string read = $"{JsonNames.Json}JsonSerializer.Deserialize(data, json.{context.Roots[named.DataType]})";
        return TypeSyntax.IsValueType(named.DataType) ? read : $"{read} ?? throw new {JsonNames.Json}JsonException(\"expected an event's data, found null\")";
    }
}

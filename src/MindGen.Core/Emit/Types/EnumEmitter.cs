using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>
/// Emits an open enum: a struct with a static property per listed value, which can also hold any value
/// the spec does not list (<c>IsDefined</c> tells them apart). Unlike a C# enum it never fails to
/// deserialize and never loses the value a newer server sends. The fixed part is a template.
/// </summary>
internal sealed class EnumEmitter(ApiDescription api)
{
    public GeneratedFile Emit(EnumModel model)
    {
        string name = model.Name;
        string type = TypeSyntax.Generated(name);
        string Literal(string value) => model.IsInteger ? value + "L" : CSharpLiteral.String(value);

        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, model.Description, $"The values of {name}; values the spec does not list are kept as they are.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line(FileHeader.DebuggerNonUserCodeAttribute);
        writer.Line("[sys::Diagnostics.DebuggerDisplay(\"{ToString(),nq}\")]");
        using (writer.Open($"public readonly partial struct {name} : sys::IEquatable<{type}>"))
        {
            foreach (EnumMemberModel member in model.Members)
            {
                XmlDoc.Raw(writer, $"<summary>The value <c>{XmlDoc.Escape(member.Value)}</c>.</summary>");
                // A new wrapper per read rather than a static field: no static constructor per enum (GitHub has 1,034),
                // and a struct around a literal costs nothing to make.
                writer.Line($"public static {type} {member.Name} => new {type}({Literal(member.Value)});");
                writer.Line();
            }

            Template template = model.IsInteger ? Template.IntegerEnum : Template.StringEnum;
            writer.Lines(template.Body(name));
            writer.Line();
            XmlDoc.Raw(writer, "<summary>Whether the value is one the spec lists.</summary>");
            writer.Line($"public bool {GeneratedNames.IsDefined} => Value is {string.Join(" or ", model.Members.Select(member => Literal(member.Value)))};");
        }

        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}

using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Fake;

/// <summary>
/// How a fake's call class reads one parameter or the body from a request, typed as the client's method takes it
/// (through the FakeRequest template's readers, which turn a missing or malformed value into a violation naming it).
/// Scalars, enums and lists of them are read; a parameter spread into many (an object, deepObject) is not, and
/// stays in the call's <c>RequestUri</c>.
/// </summary>
internal sealed class FakeCallReading(ApiDescription api)
{
    /// <summary>A parameter's property type and the expression that reads it from <c>request</c>; null when it is not read.</summary>
    public (string Type, string Read)? Parameter(ParameterModel parameter)
    {
        string location = CSharpLiteral.String(FakeValues.Location(parameter));
        string name = CSharpLiteral.String(parameter.WireName);
        if (parameter.Type is ArrayTypeRef array && Scalar(array.Element) is { } item)
        {
            string list = $"sys::Collections.Generic.IReadOnlyList<{item.Type}>";
            string read = $"request.List({location}, {name}, required: {TypeSyntax.Bool(parameter.IsRequired)}, '{FakeValues.Delimiter(parameter.Style)}', exploded: {TypeSyntax.Bool(parameter.Explode)}, {item.Parse}, {item.Expected})";
            return parameter.IsRequired ? (list, read + "!") : (list + "?", read);
        }

        if (Scalar(parameter.Type) is not { } scalar)
        {
            return null;
        }

        string reader = parameter.IsRequired ? "Required" : TypeSyntax.IsValueType(parameter.Type) ? "OptionalValue" : "Optional";
        return (parameter.IsRequired ? scalar.Type : scalar.Type + "?", $"request.{reader}({location}, {name}, {scalar.Parse}, {scalar.Expected})");
    }

    /// <summary>The body's property type and the expression that reads it: JSON as its type, text as a string; null for other bodies.</summary>
    public (string Type, string Read)? Body(RequestBodyModel body, EmitContext context)
    {
        string required = TypeSyntax.Bool(body.IsRequired);
        switch (body.Kind)
        {
            case BodyKind.Json:
                bool valueType = TypeSyntax.IsValueType(body.Type);
                string type = TypeSyntax.Name(body.Type, nullable: false);
                string read = $"request.JsonBody({TypeSyntax.Generated(api.JsonContextName)}.{GeneratedNames.ContextDefault}.{context.Roots[body.Type]}, {CSharpLiteral.String(TypeSyntax.Display(body.Type))}, required: {required})";
                return body.IsRequired || valueType ? (type, read + (valueType ? string.Empty : "!")) : (type + "?", read);
            case BodyKind.Text:
                return body.IsRequired ? ("string", $"request.TextBody(required: {required})!") : ("string?", $"request.TextBody(required: {required})");
            default:
                return null;
        }
    }

    // A value read from one piece of text: its C# type, the parser (a Func<string, T>) and what a violation says it must be.
    private (string Type, string Parse, string Expected)? Scalar(TypeRef type)
    {
        string name = TypeSyntax.Name(type, nullable: false);
        const string Reader = "api::FakeRequest.";
        switch (type)
        {
            case EnumTypeRef enumeration:
                EnumModel? model = api.Enums.FirstOrDefault(candidate => candidate.Name == enumeration.Name);
                string value = enumeration.IsInteger ? $"{Reader}Integer(text)" : "text";
                return (name, $"static text => new {name}({value}) is {{ {GeneratedNames.IsDefined}: true }} listed ? listed : throw new sys::FormatException()", CSharpLiteral.String(FakeValues.Listed(model)));
            case PrimitiveTypeRef { Kind: not PrimitiveKind.Stream } primitive:
                (string parser, string expected) = FakeValues.Of(primitive.Kind);
                string wide = parser switch
                {
                    "Integer" => "long",
                    "UnsignedInteger" => "ulong",
                    "Number" => "double",
                    _ => name,
                };

                // A narrower type than the parser reads: checked into it, so that 300 is no byte.
                string parse = wide == name ? Reader + parser : $"static text => checked(({name}){Reader}{parser}(text))";
                return (name, parse, CSharpLiteral.String(expected));
            default:
                return null;
        }
    }
}

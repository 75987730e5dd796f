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
        string location = CSharpLiteral.String(Location(parameter));
        string name = CSharpLiteral.String(parameter.WireName);
        if (parameter.Type is ArrayTypeRef array && Scalar(array.Element) is { } item)
        {
            string list = $"sys::Collections.Generic.IReadOnlyList<{item.Type}>";
            char delimiter = parameter.Style switch
            {
                ParameterStyle.SpaceDelimited => ' ',
                ParameterStyle.PipeDelimited => '|',
                _ => ',',
            };
            string read = $"request.List({location}, {name}, required: {TypeSyntax.Bool(parameter.IsRequired)}, '{delimiter}', exploded: {TypeSyntax.Bool(parameter.Explode)}, {item.Parse}, {item.Expected})";
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
                string read = $"request.Json({TypeSyntax.Generated(api.JsonContextName)}.{GeneratedNames.ContextDefault}.{context.Roots[body.Type]}, {CSharpLiteral.String(TypeSyntax.Display(body.Type))}, required: {required})";
                return body.IsRequired || valueType ? (type, read + (valueType ? string.Empty : "!")) : (type + "?", read);
            case BodyKind.Text:
                return body.IsRequired ? ("string", $"request.Text(required: {required})!") : ("string?", $"request.Text(required: {required})");
            default:
                return null;
        }
    }

    // The location as violations name it; a label or matrix path value carries its style's prefix, which the reader strips.
    private static string Location(ParameterModel parameter) => parameter.Location switch
    {
        ParameterLocation.Path when parameter.Style == ParameterStyle.Label => "path (label)",
        ParameterLocation.Path when parameter.Style == ParameterStyle.Matrix => "path (matrix)",
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        _ => "cookie",
    };

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
                string values = model is null || model.Members.Count == 0 ? "a value the spec lists"
                    : model.Members.Count <= 8 ? "one of " + string.Join(", ", model.Members.Select(member => "'" + member.Value + "'"))
                    : $"one of the {model.Members.Count} values the spec lists";
                return (name, $"static text => new {name}({value}) is {{ {GeneratedNames.IsDefined}: true }} listed ? listed : throw new sys::FormatException()", CSharpLiteral.String(values));
            case PrimitiveTypeRef { Kind: not PrimitiveKind.Stream } primitive:
                (string parse, string expected) = primitive.Kind switch
                {
                    PrimitiveKind.String => ("Text", "a string"),
                    PrimitiveKind.Boolean => ("Boolean", "true or false"),
                    PrimitiveKind.Int64 => ("Integer", "an integer (int64)"),
                    PrimitiveKind.UInt64 => ("UnsignedInteger", "an unsigned integer (uint64)"),
                    PrimitiveKind.SByte or PrimitiveKind.Int16 or PrimitiveKind.Int32 => ($"static text => checked(({name}){Reader}Integer(text))", $"an integer ({name})"),
                    PrimitiveKind.Byte or PrimitiveKind.UInt16 or PrimitiveKind.UInt32 => ($"static text => checked(({name}){Reader}UnsignedInteger(text))", $"an unsigned integer ({name})"),
                    PrimitiveKind.Single => ($"static text => (float){Reader}Number(text)", "a number"),
                    PrimitiveKind.Double => ("Number", "a number"),
                    PrimitiveKind.Decimal => ("Decimal", "a number"),
                    PrimitiveKind.Date => ("Date", "a date (yyyy-MM-dd)"),
                    PrimitiveKind.DateTime => ("DateTime", "a date and time (RFC 3339)"),
                    PrimitiveKind.Time => ("Time", "a time (HH:mm:ss)"),
                    PrimitiveKind.Duration or PrimitiveKind.TimeSpan => ("Duration", "a duration"),
                    PrimitiveKind.Char => ("Char", "one character"),
                    PrimitiveKind.Guid => ("Guid", "a UUID"),
                    PrimitiveKind.Uri => ("Uri", "a URI"),
                    _ => ("Base64", "base64-encoded bytes"),
                };
                return (name, parse.StartsWith("static", System.StringComparison.Ordinal) ? parse : Reader + parse, CSharpLiteral.String(expected));
            default:
                return null;
        }
    }
}

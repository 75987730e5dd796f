using System;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Types;

/// <summary>
/// Emits a class of declared response headers: <c>ResponseHeaders</c> (the dictionary of every header) with a property
/// per declared header that reads it as the spec types it, through the base class's one parser per type.
/// </summary>
internal static class ResponseHeadersEmitter
{
    public static GeneratedFile Emit(ApiDescription api, ResponseHeadersModel headers)
    {
        string baseClass = Template.ResponseHeaders.DeclaredTypes[0];
        SourceWriter writer = FileHeader.Start(api.Namespace);
        string names = string.Join(", ", headers.Headers.Select(header => $"<c>{XmlDoc.Escape(header.WireName)}</c>"));
        XmlDoc.Summary(writer, null, $"The headers the API declares for a successful response ({names}), typed; every header of the response is here by name too.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public sealed partial class {headers.ClassName} : {TypeSyntax.Generated(baseClass)}"))
        {
            XmlDoc.Summary(writer, null, "Wraps the headers of a response (or headers a test builds).");
            XmlDoc.Param(writer, "headers", null, "The headers by name; looked up as the dictionary compares names.");
            writer.Line($"public {headers.ClassName}(sys::Collections.Generic.IReadOnlyDictionary<string, sys::Collections.Generic.IReadOnlyList<string>> headers) : base(headers) {{ }}");
            foreach (ResponseHeaderModel header in headers.Headers)
            {
                writer.Line();
                XmlDoc.Summary(writer, header.Description, $"The <c>{XmlDoc.Escape(header.WireName)}</c> header.");
                string unread = header.Type is PrimitiveTypeRef { Kind: PrimitiveKind.String } or ArrayTypeRef ? string.Empty : $" or one that is not {Article(TypeSyntax.Display(header.Type))}";
                writer.Line($"/// <remarks>Header <c>{XmlDoc.Escape(header.WireName)}</c>; null when the response has none{unread}.</remarks>");
                if (header.IsDeprecated)
                {
                    writer.Line("[sys::Obsolete(\"The API marks this header as deprecated.\")]");
                }

                writer.Line($"public {TypeSyntax.Name(header.Type, nullable: true)} {header.PropertyName} => {Reader(header.Type)}({CSharpLiteral.String(header.WireName)});");
            }
        }

        return new GeneratedFile($"{api.Namespace}.{headers.ClassName}.g.cs", writer.ToString());
    }

    // The base class's parser for the type (ResponseHeadersBuilder decides which types a header can be).
    private static string Reader(TypeRef type) => type switch
    {
        ArrayTypeRef => "GetList",
        PrimitiveTypeRef { Kind: PrimitiveKind.String } => "GetText",
        PrimitiveTypeRef primitive => "Get" + primitive.Kind,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Article(string type) => ("aeiouAEIOU".IndexOf(type[0]) >= 0 ? "an " : "a ") + type;
}

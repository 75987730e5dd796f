using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>Emits the interface every client implements, for mocking and dependency injection.</summary>
internal static class ClientInterfaceEmitter
{
    public static GeneratedFile Emit(EmitContext context)
    {
        ApiDescription api = context.Api;
        string name = GeneratedNames.Interface(api.ClientName);
        SourceWriter writer = FileHeader.Start(api.Namespace);
        XmlDoc.Summary(writer, null, $"The operations of <see cref=\"{api.ClientName}\"/>, for mocking and dependency injection.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Open($"public partial interface {name}"))
        {
            bool first = true;
            foreach (OperationModel operation in api.Operations)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var signature = new MethodSignature(context, operation);
                var declarations = new OperationDeclarations(context, operation, signature);
                OperationDocs.Emit(writer, operation, signature, OperationMethod.Plain);
                writer.Line(declarations.Plain + ";");
                Declare(OperationMethod.WithResponse, declarations.WithResponse);
                Declare(OperationMethod.Stream, declarations.Stream);
                Declare(OperationMethod.Streaming, declarations.Streaming);
                Declare(OperationMethod.StreamingWithResponse, declarations.StreamingWithResponse);
                Declare(OperationMethod.All, declarations.All);
                Declare(OperationMethod.Pages, declarations.Pages);

                // The other methods an operation has, each after a blank line with its docs.
                void Declare(OperationMethod method, string? declaration)
                {
                    if (declaration is not null)
                    {
                        writer.Line();
                        OperationDocs.Emit(writer, operation, signature, method);
                        writer.Line(declaration + ";");
                    }
                }
            }
        }

        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}

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
                if (declarations.WithResponse is { } withResponse)
                {
                    writer.Line();
                    OperationDocs.Emit(writer, operation, signature, OperationMethod.WithResponse);
                    writer.Line(withResponse + ";");
                }

                if (declarations.Stream is { } stream)
                {
                    writer.Line();
                    OperationDocs.Emit(writer, operation, signature, OperationMethod.Stream);
                    writer.Line(stream + ";");
                }

                if (declarations.Streaming is { } streaming && declarations.StreamingWithResponse is { } streamingWithResponse)
                {
                    writer.Line();
                    OperationDocs.Emit(writer, operation, signature, OperationMethod.Streaming);
                    writer.Line(streaming + ";");
                    writer.Line();
                    OperationDocs.Emit(writer, operation, signature, OperationMethod.StreamingWithResponse);
                    writer.Line(streamingWithResponse + ";");
                }
            }
        }

        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}

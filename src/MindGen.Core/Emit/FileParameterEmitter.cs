using System.Linq;
using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Emits <c>FileParameter</c>, what a caller passes for a file in a multipart request.</summary>
internal static class FileParameterEmitter
{
    public static bool IsNeeded(ApiDescription api) =>
        api.Operations.Any(operation => operation.RequestBody?.Parts.Any(part => part.IsFile) == true);

    public static GeneratedFile Emit(ApiDescription api)
    {
        string name = ReservedNames.FileParameter;
        SourceWriter writer = FileHeader.Start(api.Namespace);
        writer.Lines($$"""
            /// <summary>A file to upload in a multipart request.</summary>
            {{FileHeader.GeneratedCodeAttribute}}
            public sealed partial class {{name}}
            {
                /// <summary>Describes a file to upload; the stream is read when the request is sent.</summary>
                /// <param name="content">The file's bytes.</param>
                /// <param name="fileName">The file name sent with it.</param>
                /// <param name="contentType">Its media type; <c>application/octet-stream</c> when null.</param>
                public {{name}}(global::System.IO.Stream content, string fileName, string? contentType = null)
                {
                    Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
                    FileName = fileName ?? throw new global::System.ArgumentNullException(nameof(fileName));
                    ContentType = contentType;
                }

                /// <summary>The file's bytes.</summary>
                public global::System.IO.Stream Content { get; }

                /// <summary>The file name sent with it.</summary>
                public string FileName { get; }

                /// <summary>Its media type; <c>application/octet-stream</c> when null.</summary>
                public string? ContentType { get; }

                internal global::System.Net.Http.HttpContent CreateContent()
                {
                    var content = new global::System.Net.Http.StreamContent(Content);
                    content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(ContentType ?? "application/octet-stream");
                    return content;
                }
            }
            """);
        return new GeneratedFile($"{api.Namespace}.{name}.g.cs", writer.ToString());
    }
}

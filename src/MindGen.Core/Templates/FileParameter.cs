// Template: emitted into the namespace of every spec with a multipart file upload as
// <Namespace>.FileParameter.g.cs. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>A file to upload in a multipart request.</summary>
public sealed partial class FileParameter
{
    /// <summary>Describes a file to upload; the stream is read when the request is sent.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name sent with it.</param>
    /// <param name="contentType">Its media type; when null, the one the document gives the part, else <c>application/octet-stream</c>.</param>
    public FileParameter(global::System.IO.Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
        FileName = fileName ?? throw new global::System.ArgumentNullException(nameof(fileName));
        ContentType = contentType;
    }

    /// <summary>The file's bytes.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name sent with it.</summary>
    public string FileName { get; }

    /// <summary>Its media type; when null, the one the document gives the part, else <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }

    /// <param name="declaredContentType">The media type the document gives the part, used when the file names none.</param>
    internal global::System.Net.Http.HttpContent CreateContent(string declaredContentType = "application/octet-stream")
    {
        var content = new global::System.Net.Http.StreamContent(Content);
        content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType ?? declaredContentType);
        return content;
    }
}

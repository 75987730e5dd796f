// Template: emitted into every spec's namespace as <Namespace>.ApiResponse.g.cs, with MindGen.Templates
// replaced by that namespace. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>A successful response's status code and headers.</summary>
public partial class ApiResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    public ApiResponse(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
    {
        StatusCode = statusCode;
        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers, by case-insensitive name.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }
}

/// <summary>A successful response's status code, headers and body.</summary>
/// <typeparam name="T">The body's type.</typeparam>
public partial class ApiResponse<T> : global::MindGen.Templates.ApiResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="body">The body.</param>
    public ApiResponse(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, T body)
        : base(statusCode, headers)
    {
        Body = body;
    }

    /// <summary>The body.</summary>
    public T Body { get; }
}

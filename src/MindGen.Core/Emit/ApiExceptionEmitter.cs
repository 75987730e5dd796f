using MindGen.Model;

namespace MindGen.Emit;

/// <summary>Emits <c>ApiException</c>, thrown for every unsuccessful or unreadable response.</summary>
internal static class ApiExceptionEmitter
{
    public static GeneratedFile Emit(ApiDescription api)
    {
        SourceWriter writer = FileHeader.Start(api.Namespace);
        writer.Lines($$"""
            /// <summary>
            /// A call to the {{XmlDoc.Escape(api.Title ?? api.ClientName)}} API failed: the server answered with an unsuccessful status, or
            /// with a body that is not what the spec describes.
            /// </summary>
            /// <remarks>The message names the operation and the status; it never contains credentials or the body.</remarks>
            {{FileHeader.GeneratedCodeAttribute}}
            public partial class ApiException : global::System.Exception
            {
                /// <summary>Creates the exception for a response of <paramref name="operationId"/>.</summary>
                /// <param name="message">What went wrong.</param>
                /// <param name="operationId">The operation that was called.</param>
                /// <param name="statusCode">The HTTP status code of the response.</param>
                /// <param name="responseBody">The response body as text, if it could be read.</param>
                /// <param name="headers">The response and content headers.</param>
                /// <param name="innerException">The cause, such as a <see cref="global::System.Text.Json.JsonException"/>.</param>
                public ApiException(
                    string message,
                    string operationId,
                    int statusCode,
                    string? responseBody,
                    global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
                    global::System.Exception? innerException)
                    : base(message, innerException)
                {
                    OperationId = operationId;
                    StatusCode = statusCode;
                    ResponseBody = responseBody;
                    Headers = headers;
                }

                /// <summary>The operationId of the operation that failed.</summary>
                public string OperationId { get; }

                /// <summary>The HTTP status code of the response.</summary>
                public int StatusCode { get; }

                /// <summary>The response body as text (null when there was none).</summary>
                public string? ResponseBody { get; }

                /// <summary>The response headers, including content headers.</summary>
                public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }
            }

            /// <summary>An unsuccessful response whose body the spec documents (for example problem details), parsed.</summary>
            /// <typeparam name="TError">The documented error body.</typeparam>
            {{FileHeader.GeneratedCodeAttribute}}
            public partial class ApiException<TError> : ApiException
            {
                /// <summary>Creates the exception with the parsed error body.</summary>
                /// <param name="message">What went wrong.</param>
                /// <param name="operationId">The operation that was called.</param>
                /// <param name="statusCode">The HTTP status code of the response.</param>
                /// <param name="responseBody">The response body as text.</param>
                /// <param name="headers">The response and content headers.</param>
                /// <param name="error">The parsed error body.</param>
                public ApiException(
                    string message,
                    string operationId,
                    int statusCode,
                    string? responseBody,
                    global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
                    TError error)
                    : base(message, operationId, statusCode, responseBody, headers, null)
                {
                    Error = error;
                }

                /// <summary>The error body, as the spec describes it.</summary>
                public TError Error { get; }
            }
            """);
        return new GeneratedFile($"{api.Namespace}.ApiException.g.cs", writer.ToString());
    }

    /// <summary>Emits <c>ApiResponse</c> and <c>ApiResponse&lt;T&gt;</c>, what the <c>…WithResponseAsync</c> methods return.</summary>
    public static GeneratedFile EmitResponse(ApiDescription api)
    {
        const string Headers = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";
        SourceWriter writer = FileHeader.Start(api.Namespace);
        writer.Lines($$"""
            /// <summary>A successful response's status code and headers.</summary>
            {{FileHeader.GeneratedCodeAttribute}}
            public partial class ApiResponse
            {
                /// <summary>Creates the response.</summary>
                /// <param name="statusCode">The HTTP status code.</param>
                /// <param name="headers">The response and content headers.</param>
                public ApiResponse(int statusCode, {{Headers}} headers)
                {
                    StatusCode = statusCode;
                    Headers = headers;
                }

                /// <summary>The HTTP status code.</summary>
                public int StatusCode { get; }

                /// <summary>The response and content headers, by case-insensitive name.</summary>
                public {{Headers}} Headers { get; }
            }

            /// <summary>A successful response's status code, headers and body.</summary>
            /// <typeparam name="T">The body's type.</typeparam>
            {{FileHeader.GeneratedCodeAttribute}}
            public partial class ApiResponse<T> : ApiResponse
            {
                /// <summary>Creates the response.</summary>
                /// <param name="statusCode">The HTTP status code.</param>
                /// <param name="headers">The response and content headers.</param>
                /// <param name="body">The body.</param>
                public ApiResponse(int statusCode, {{Headers}} headers, T body)
                    : base(statusCode, headers)
                {
                    Body = body;
                }

                /// <summary>The body.</summary>
                public T Body { get; }
            }
            """);
        return new GeneratedFile($"{api.Namespace}.ApiResponse.g.cs", writer.ToString());
    }
}

namespace MindGen.Model;

/// <summary>
/// Names the emitted code uses itself, which the builder therefore never hands to something from a spec.
/// </summary>
public static class ReservedNames
{
    /// <summary>Locals of every client method; parameters from the spec get other names.</summary>
    public static readonly string[] ClientMethodLocals = ["cancellationToken", "requestUri", "request", "response", "responseBody", "separator", "multipart", "item", "file"];

    /// <summary>The interface a client implements.</summary>
    public static string Interface(string clientName) => "I" + clientName;

    /// <summary>The static class with the client's dependency-injection registration.</summary>
    public static string ServiceCollectionExtensions(string clientName) => clientName + "ServiceCollectionExtensions";

    /// <summary>A response's status, headers and body, for the <c>…WithResponseAsync</c> methods.</summary>
    public const string ApiResponse = "ApiResponse";

    /// <summary>A file in a multipart request: stream, file name and content type.</summary>
    public const string FileParameter = "FileParameter";

    /// <summary>The namespace-level helper class of a client.</summary>
    public static string RuntimeClass(string clientName) => clientName + "Runtime";
}

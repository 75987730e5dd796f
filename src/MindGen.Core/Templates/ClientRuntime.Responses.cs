// Template: the part of a client's runtime class (<Client>Runtime) that finishes an operation's methods: the
// public ones hand their pending send to one of these, and the send hands an unsuccessful response to
// FailAsync, so that an operation's own code is one state machine with two awaits (a large spec's client has
// thousands of operations). Not compiled into MindGen itself; a test
// compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    /// <summary>Awaits the response and reads its JSON body (see the overload that takes the response), disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<T> ReadJsonAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool allowNull, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        return await ReadJsonAsync(response, typeInfo, allowNull, operationId, expected, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awaits the response and returns its status, headers and JSON body, disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiResponse<T>> ReadJsonResponseAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        T body = await ReadJsonAsync(response, typeInfo, allowNull: false, operationId, expected, cancellationToken).ConfigureAwait(false);
        return new global::MindGen.Templates.ApiResponse<T>((int)response.StatusCode, Headers(response), body);
    }

    /// <summary>Awaits the response and reads its body as text, disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<string> ReadTextAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awaits the response and returns its status, headers and text body, disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiResponse<string>> ReadTextResponseAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new global::MindGen.Templates.ApiResponse<string>((int)response.StatusCode, Headers(response), body);
    }

    /// <summary>Awaits a response without a body and disposes it.</summary>
    public static async global::System.Threading.Tasks.Task ReadNothingAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
    }

    /// <summary>Awaits a response without a body and returns its status and headers, disposing it.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiResponse> ReadNothingResponseAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending)
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        return new global::MindGen.Templates.ApiResponse((int)response.StatusCode, Headers(response));
    }

    /// <summary>Awaits the response and opens its body as a stream that disposes the response with it.</summary>
    public static async global::System.Threading.Tasks.Task<global::System.IO.Stream> OpenStreamAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Threading.CancellationToken cancellationToken)
    {
        global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        try
        {
            return await OpenStreamAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Throws for an unsuccessful response and disposes it: ApiException&lt;TError&gt; with the parsed body when the
    /// operation documents one for the status (<paramref name="error"/>), else an ApiException with the body's text.
    /// </summary>
    public static async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> FailAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, ErrorBody? error, global::System.Threading.CancellationToken cancellationToken)
    {
        using (response)
        {
            throw error is null
                ? await UnexpectedStatusAsync(response, operationId, cancellationToken).ConfigureAwait(false)
                : await error.CreateAsync(response, operationId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The error body an operation documents for a status: <c>Error(_json.BasicError)</c>.</summary>
    public static ErrorBody Error<TError>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> typeInfo) => new ErrorBody<TError>(typeInfo);

    /// <summary>What an unsuccessful status's body is, as an operation documents it.</summary>
    public abstract class ErrorBody
    {
        internal abstract global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiException> CreateAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken);
    }

    private sealed class ErrorBody<TError> : ErrorBody
    {
        private readonly global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> _typeInfo;

        public ErrorBody(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> typeInfo) => _typeInfo = typeInfo;

        internal override global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiException> CreateAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken) =>
            ErrorAsync(response, operationId, _typeInfo, cancellationToken);
    }
}

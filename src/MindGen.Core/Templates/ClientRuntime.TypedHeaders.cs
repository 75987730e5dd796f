// Template: the part of a client's runtime class (<Client>Runtime) for a spec whose success responses declare
// headers: the …WithResponseAsync methods of such operations return their headers typed, as the class the spec's
// headers became (<paramref name="typed"/> makes it from the response's headers). Not compiled into MindGen itself; a
// test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    /// <summary>Awaits the response and returns its status, typed headers and JSON body, disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiResponse<T, THeaders>> ReadJsonResponseAsync<T, THeaders>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, global::System.Func<global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>, THeaders> typed, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
        where THeaders : global::MindGen.Templates.ResponseHeaders
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        T body = await ReadJsonAsync(response, typeInfo, allowNull: false, operationId, expected, cancellationToken).ConfigureAwait(false);
        return new global::MindGen.Templates.ApiResponse<T, THeaders>((int)response.StatusCode, typed(Headers(response)), body);
    }

    /// <summary>Awaits the response and returns its status, typed headers and text body, disposing the response.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiResponse<string, THeaders>> ReadTextResponseAsync<THeaders>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Func<global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>, THeaders> typed, global::System.Threading.CancellationToken cancellationToken)
        where THeaders : global::MindGen.Templates.ResponseHeaders
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new global::MindGen.Templates.ApiResponse<string, THeaders>((int)response.StatusCode, typed(Headers(response)), body);
    }

    /// <summary>Awaits a response without a body and returns its status and typed headers, disposing it.</summary>
    public static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiHeadersResponse<THeaders>> ReadNothingResponseAsync<THeaders>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending, global::System.Func<global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>, THeaders> typed)
        where THeaders : global::MindGen.Templates.ResponseHeaders
    {
        using global::System.Net.Http.HttpResponseMessage response = await sending.ConfigureAwait(false);
        return new global::MindGen.Templates.ApiHeadersResponse<THeaders>((int)response.StatusCode, typed(Headers(response)));
    }
}

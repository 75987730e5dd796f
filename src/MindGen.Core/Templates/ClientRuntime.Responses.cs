// Template: the part of a client's runtime class (<Client>Runtime) that finishes an operation's methods: the
// public ones hand their pending send to one of these, and the send core hands its request to SendAsync, so
// that an operation's own code has no state machine at all (a large spec's client has thousands of operations).
// Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
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

    /// <summary>
    /// Sends when enumeration starts (<paramref name="send"/> gets the call's token linked to the enumerator's) and
    /// yields the items of the response's JSON array as they arrive, disposing the response at the end.
    /// </summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<T> StreamJsonItemsAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool allowNull, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Net.Http.HttpResponseMessage response = await send(cancellationToken).ConfigureAwait(false);
        using global::System.IO.Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (T? item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadJsonItemsAsync(response, body, typeInfo, allowNull, operationId, expected, cancellationToken), continueOnCapturedContext: false))
        {
            // Null only where allowNull let it through, and then T is nullable.
            yield return item!;
        }
    }

    /// <summary>The same for items of a value type that may be null (<c>IAsyncEnumerable&lt;bool?&gt;</c>), which <typeparamref name="T"/>'s metadata reads.</summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<T?> StreamNullableJsonItemsAsync<T>(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool allowNull, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
        where T : struct
    {
        await foreach (T item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(StreamJsonItemsAsync(send, typeInfo, allowNull, operationId, expected, cancellationToken), continueOnCapturedContext: false))
        {
            yield return item;
        }
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
    /// Sends an operation's request once <paramref name="securing"/> has applied its credentials, and disposes the
    /// request; it says what it is in <c>User-Agent</c> unless the request or the HttpClient's defaults say something
    /// else, and is traced and measured as the operation <paramref name="urlTemplate"/> names. A transient failure of an
    /// <paramref name="idempotent"/> operation is sent again as <paramref name="retry"/> allows. A successful response is
    /// returned; an unsuccessful one is thrown (see FailAsync) with the error body <paramref name="errors"/> names for its
    /// status. The caller's <paramref name="requestOptions"/> add their headers last and bound the wait for the response.
    /// Every operation's send ends here, so none needs a state machine.
    /// </summary>
    public static global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpClient httpClient, global::System.Net.Http.HttpRequestMessage request, string userAgent, global::System.Threading.Tasks.ValueTask securing, string operationId, string urlTemplate, global::System.Func<int, ErrorBody?>? errors, global::MindGen.Templates.RetryOptions retry, bool idempotent, global::MindGen.Templates.RequestOptions? requestOptions, global::System.Threading.CancellationToken cancellationToken)
    {
        return requestOptions?.Timeout is { } timeout
            ? SendWithinAsync(timeout, httpClient, request, userAgent, securing, operationId, urlTemplate, errors, retry, idempotent, requestOptions, cancellationToken)
            : ExchangeAsync(httpClient, request, userAgent, securing, operationId, urlTemplate, errors, retry, idempotent, requestOptions, cancellationToken);
    }

    private static async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendWithinAsync(global::System.TimeSpan timeout, global::System.Net.Http.HttpClient httpClient, global::System.Net.Http.HttpRequestMessage request, string userAgent, global::System.Threading.Tasks.ValueTask securing, string operationId, string urlTemplate, global::System.Func<int, ErrorBody?>? errors, global::MindGen.Templates.RetryOptions retry, bool idempotent, global::MindGen.Templates.RequestOptions? requestOptions, global::System.Threading.CancellationToken cancellationToken)
    {
        using global::System.Threading.CancellationTokenSource timer = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await ExchangeAsync(httpClient, request, userAgent, securing, operationId, urlTemplate, errors, retry, idempotent, requestOptions, timer.Token).ConfigureAwait(false);
        }
        catch (global::System.OperationCanceledException exception) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // As HttpClient reports its own timeout: a cancellation the caller did not ask for, caused by a TimeoutException.
            throw new global::System.Threading.Tasks.TaskCanceledException("'" + operationId + "' had no response within its timeout of " + timeout.TotalSeconds.ToString("0.###", global::System.Globalization.CultureInfo.InvariantCulture) + " s.", new global::System.TimeoutException(exception.Message, exception), timer.Token);
        }
    }

    private static async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> ExchangeAsync(global::System.Net.Http.HttpClient httpClient, global::System.Net.Http.HttpRequestMessage request, string userAgent, global::System.Threading.Tasks.ValueTask securing, string operationId, string urlTemplate, global::System.Func<int, ErrorBody?>? errors, global::MindGen.Templates.RetryOptions retry, bool idempotent, global::MindGen.Templates.RequestOptions? requestOptions, global::System.Threading.CancellationToken cancellationToken)
    {
        using (request)
        {
            if (httpClient.DefaultRequestHeaders.UserAgent.Count == 0 && !request.Headers.Contains("User-Agent"))
            {
                request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            }

            OperationCall call = OperationCall.Start(request, operationId, urlTemplate);
            int status = 0;
            global::System.Exception? failure = null;
            try
            {
                await securing.ConfigureAwait(false);
                if (requestOptions is not null)
                {
                    AddHeaders(request, requestOptions.Headers);
                }

                // A request that carries an Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header: Stripe's,
                // OpenAI's, Adyen's) may be sent twice whatever its method: the server answers a repeat as the first.
                idempotent = idempotent || request.Headers.Contains("Idempotency-Key");
                global::System.Net.Http.HttpRequestMessage attempt = request;
                for (int retried = 0; ; retried++)
                {
                    bool mayRetry = idempotent && retried < retry.MaxRetries && IsReplayable(request.Content);
                    global::System.Net.Http.HttpResponseMessage response;
                    try
                    {
                        response = await httpClient.SendAsync(attempt, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                    }
                    catch (global::System.Net.Http.HttpRequestException) when (mayRetry)
                    {
                        await global::System.Threading.Tasks.Task.Delay(Backoff(retry, retried), cancellationToken).ConfigureAwait(false);
                        attempt = Copy(request);
                        continue;
                    }

                    status = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        return response;
                    }

                    if (mayRetry && IsTransient(status) && RetryDelay(retry, retried, response) is { } delay)
                    {
                        response.Dispose();
                        await global::System.Threading.Tasks.Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                        attempt = Copy(request);
                        continue;
                    }

                    return await FailAsync(response, operationId, errors?.Invoke(status), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (global::System.Exception exception)
            {
                failure = exception;
                throw;
            }
            finally
            {
                call.End(status, failure);
            }
        }
    }

    /// <summary>
    /// Puts the caller's headers on the request, each replacing any of its name: a content header on the content (on a
    /// request without one it has nothing to describe), any other on the request. A name HTTP does not allow says which.
    /// </summary>
    private static void AddHeaders(global::System.Net.Http.HttpRequestMessage request, global::System.Collections.Generic.IDictionary<string, string> headers)
    {
        foreach (global::System.Collections.Generic.KeyValuePair<string, string> header in headers)
        {
            try
            {
                if (IsContentHeader(header.Key))
                {
                    request.Content?.Headers.Remove(header.Key);
                    request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                else
                {
                    request.Headers.Remove(header.Key);
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            catch (global::System.FormatException exception)
            {
                throw new global::System.ArgumentException("RequestOptions.Headers holds '" + header.Key + "', which is not a valid HTTP header name.", exception);
            }
        }
    }

    // The headers HttpContentHeaders holds, which HttpRequestHeaders refuses (RFC 9110's representation metadata).
    private static bool IsContentHeader(string name)
    {
        return name.StartsWith("Content-", global::System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Allow", global::System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Expires", global::System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Last-Modified", global::System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Throws for an unsuccessful response and disposes it: ApiException&lt;TError&gt; with the parsed body when the
    /// operation documents one for the status (<paramref name="error"/>), else an ApiException with the body's text.
    /// </summary>
    private static async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> FailAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, ErrorBody? error, global::System.Threading.CancellationToken cancellationToken)
    {
        using (response)
        {
            throw error is null
                ? await UnexpectedStatusAsync(response, operationId, cancellationToken).ConfigureAwait(false)
                : await error.CreateAsync(response, operationId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The error body an operation documents for a status: <c>status => status switch { 404 => Error(_json.BasicError), _ => null }</c>.</summary>
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

    /// <summary>The response body as a stream that disposes the response with it.</summary>
    public static async global::System.Threading.Tasks.Task<global::System.IO.Stream> OpenStreamAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken) =>
        new ResponseStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), response);

    private sealed class ResponseStream : global::System.IO.Stream
    {
        private readonly global::System.IO.Stream _inner;
        private readonly global::System.Net.Http.HttpResponseMessage _response;

        public ResponseStream(global::System.IO.Stream inner, global::System.Net.Http.HttpResponseMessage response)
        {
            _inner = inner;
            _response = response;
        }

        public override bool CanRead => _inner.CanRead;

        public override bool CanSeek => _inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => _inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override int Read(global::System.Span<byte> buffer) => _inner.Read(buffer);

        public override global::System.Threading.Tasks.ValueTask<int> ReadAsync(global::System.Memory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override global::System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, global::System.IO.SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new global::System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                _response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

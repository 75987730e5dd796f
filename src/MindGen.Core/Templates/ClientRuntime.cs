// Template: the fixed part of every client's runtime class (<Client>Runtime), the request and response
// plumbing its operations share. The emitter writes the class around this body, with the parts that depend
// on the spec (the default server, the security plans). Not compiled into MindGen itself; a test compiles it
// with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    public static global::System.Uri CreateUri(global::System.Uri? optionsBaseAddress, global::System.Net.Http.HttpClient httpClient, string relativeUri)
    {
        string root = BaseAddress(optionsBaseAddress, httpClient).AbsoluteUri;
        // Resolving "ticket/1" against ".../api/mind" would drop "mind": appending keeps the whole base path.
        // The path is escaped already; canonicalization would turn an escaped "%2E%2E" back into "..".
        string uri = root.EndsWith("/", global::System.StringComparison.Ordinal) ? root + relativeUri : root + "/" + relativeUri;
        return new global::System.Uri(uri, new global::System.UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    /// <summary>The server the client calls: the options', else the HttpClient's, else the spec's first.</summary>
    public static global::System.Uri BaseAddress(global::System.Uri? optionsBaseAddress, global::System.Net.Http.HttpClient httpClient) =>
        optionsBaseAddress ?? httpClient.BaseAddress ?? DefaultBaseAddress
            ?? throw new global::System.InvalidOperationException("Set BaseAddress on the options or the HttpClient: the spec names no absolute server URL.");

    /// <summary>Escapes a path parameter so that no value ("../x?y", "a/b") can change the path.</summary>
    public static string EscapePathSegment(string value)
    {
        string escaped = global::System.Uri.EscapeDataString(value);
        return escaped switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            _ => escaped,
        };
    }

    public static void AppendQuery(global::System.Text.StringBuilder requestUri, ref char separator, string name, string value)
    {
        requestUri.Append(separator).Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(global::System.Uri.EscapeDataString(value));
        separator = '&';
    }

    public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string?, string>> Single(string value) =>
        new[] { new global::System.Collections.Generic.KeyValuePair<string?, string>(null, value) };

    public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string?, string>> Items<T>(global::System.Collections.Generic.IEnumerable<T> items, global::System.Func<T, string> format)
    {
        var values = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string?, string>>();
        foreach (T item in items)
        {
            values.Add(new global::System.Collections.Generic.KeyValuePair<string?, string>(null, format(item)));
        }

        return values;
    }

    /// <summary>An object's members as name/value pairs: strings as they are, other values as JSON text, nulls left out.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string?, string>> Members(global::System.Text.Json.JsonElement value)
    {
        var values = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string?, string>>();
        foreach (global::System.Text.Json.JsonProperty member in value.EnumerateObject())
        {
            if (member.Value.ValueKind != global::System.Text.Json.JsonValueKind.Null)
            {
                values.Add(new global::System.Collections.Generic.KeyValuePair<string?, string>(member.Name, FormValue(member.Value)));
            }
        }

        return values;
    }

    /// <summary>
    /// A path, header or cookie value in the simple, label or matrix style (RFC 6570, as OpenAPI uses it):
    /// items joined by commas, or each prefixed when exploded; object members as k,v or k=v. OpenAPI 3.2's cookie
    /// style is the form style with the pairs of RFC 6265, <c>n=v1; n=v2</c>.
    /// </summary>
    public static string Expand(string name, global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string?, string>> values, string style, bool explode, bool escape)
    {
        var items = new global::System.Collections.Generic.List<string>();
        bool isObject = false;
        foreach (global::System.Collections.Generic.KeyValuePair<string?, string> pair in values)
        {
            isObject |= pair.Key is not null;
            items.Add(pair.Key is null ? Escape(pair.Value, escape) : Escape(pair.Key, escape) + (explode ? "=" : ",") + Escape(pair.Value, escape));
        }

        string escapedName = Escape(name, escape);
        switch (style)
        {
            case "label":
                return "." + string.Join(explode ? "." : ",", items);
            case "matrix" when explode && isObject:
                return ";" + string.Join(";", items);
            case "matrix" when explode:
                return ";" + escapedName + "=" + string.Join(";" + escapedName + "=", items);
            case "matrix":
                return ";" + escapedName + "=" + string.Join(",", items);
            case "cookie" when explode && isObject:
                return string.Join("; ", items);
            case "cookie" when explode:
                return escapedName + "=" + string.Join("; " + escapedName + "=", items);
            case "cookie":
                return escapedName + "=" + string.Join(",", items);
            default:
                return string.Join(",", items);
        }
    }

    /// <summary>A query value in the form, spaceDelimited, pipeDelimited or deepObject style.</summary>
    public static void AppendQueryValues(global::System.Text.StringBuilder requestUri, ref char separator, string name, global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string?, string>> values, string style, bool explode)
    {
        if (style == "deepObject" || (style == "form" && explode))
        {
            foreach (global::System.Collections.Generic.KeyValuePair<string?, string> pair in values)
            {
                string key = pair.Key is null ? name : style == "deepObject" ? name + "[" + pair.Key + "]" : pair.Key;
                AppendQuery(requestUri, ref separator, key, pair.Value);
            }

            return;
        }

        string delimiter = style switch
        {
            "spaceDelimited" => "%20",
            "pipeDelimited" => "%7C",
            _ => ",",
        };
        var items = new global::System.Collections.Generic.List<string>();
        foreach (global::System.Collections.Generic.KeyValuePair<string?, string> pair in values)
        {
            items.Add(pair.Key is null ? global::System.Uri.EscapeDataString(pair.Value) : global::System.Uri.EscapeDataString(pair.Key) + delimiter + global::System.Uri.EscapeDataString(pair.Value));
        }

        requestUri.Append(separator).Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(string.Join(delimiter, items));
        separator = '&';
    }

    private static string Escape(string value, bool escape) => escape ? EscapePathSegment(value) : value;

    public static string Format(string value) => value;

    public static string Format(bool value) => value ? "true" : "false";

    public static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(uint value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(ulong value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(float value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(global::System.DateOnly value) => value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    // As JSON bodies write it (RFC 3339): UTC as "Z", other offsets kept, no trailing zeros in the fraction.
    public static string Format(global::System.DateTimeOffset value) =>
        value.Offset == global::System.TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", global::System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(global::System.TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", global::System.Globalization.CultureInfo.InvariantCulture);

    // An ISO 8601 duration (format: duration).
    public static string Format(global::System.TimeSpan value) => global::System.Xml.XmlConvert.ToString(value);

    // A TimeSpan in .NET's constant format ([-][d.]hh:mm:ss[.fffffff]), as ASP.NET Core reads one.
    public static string FormatConstant(global::System.TimeSpan value) => value.ToString("c", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(char value) => value.ToString();

    public static string Format(global::System.Guid value) => value.ToString("D");

    public static string Format(global::System.Uri value) => value.OriginalString;

    public static string Format(byte[] value) => global::System.Convert.ToBase64String(value);

    // JSON as a parameter: a string is its text (no quotes), anything else its JSON.
    public static string Format(global::System.Text.Json.JsonElement value) => value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();

    public static global::System.Net.Http.HttpContent CreateJsonContent<T>(T value, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string mediaType)
    {
        var content = new global::System.Net.Http.ByteArrayContent(global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        // Exactly the declared type: JSON is UTF-8 by definition and application/json has no charset
        // parameter, and servers that compare the header (TypeSpec's spector) reject one.
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static global::System.Net.Http.HttpContent CreateStreamContent(global::System.IO.Stream body, string mediaType)
    {
        var content = new global::System.Net.Http.StreamContent(body);
        content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>The members of a JSON object as name=value pairs; arrays repeat the name; objects stay JSON.</summary>
    public static global::System.Net.Http.HttpContent CreateFormContent(global::System.Text.Json.JsonElement body)
    {
        var pairs = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
        foreach (global::System.Text.Json.JsonProperty member in body.EnumerateObject())
        {
            if (member.Value.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                foreach (global::System.Text.Json.JsonElement item in member.Value.EnumerateArray())
                {
                    pairs.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(member.Name, FormValue(item)));
                }
            }
            else if (member.Value.ValueKind != global::System.Text.Json.JsonValueKind.Null)
            {
                pairs.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(member.Name, FormValue(member.Value)));
            }
        }

        return new global::System.Net.Http.FormUrlEncodedContent(pairs);
    }

    private static string FormValue(global::System.Text.Json.JsonElement value) =>
        value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>The exception for an unsuccessful status whose body the spec does not document: its text is kept.</summary>
    private static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiException> UnexpectedStatusAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)
    {
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        return new global::MindGen.Templates.ApiException(
            "Operation '" + operationId + "' failed: the server answered " + status.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " (" + (response.ReasonPhrase ?? response.StatusCode.ToString()) + ").",
            operationId,
            status,
            body,
            Headers(response),
            innerException: null);
    }

    /// <summary>Reads a JSON body; a body that does not match the spec becomes an <see cref="global::MindGen.Templates.ApiException"/> naming the operation and the JSON path.</summary>
    public static async global::System.Threading.Tasks.Task<T> ReadJsonAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool allowNull, string operationId, string expected, global::System.Threading.CancellationToken cancellationToken)
    {
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

        // No body where the document allows none (a 204 beside a 200 with one) is null.
        if (body.Length == 0 && allowNull)
        {
            return default!;
        }

        // A string documented as JSON but served as text (NSwag describes every string result as JSON) is the text.
        if (typeof(T) == typeof(string) && response.Content.Headers.ContentType?.MediaType?.StartsWith("text/", global::System.StringComparison.OrdinalIgnoreCase) == true)
        {
            return (T)(object)global::System.Text.Encoding.UTF8.GetString(body);
        }

        try
        {
            T? value = global::System.Text.Json.JsonSerializer.Deserialize(body, typeInfo);
            return value is not null || allowNull ? value! : throw new global::System.Text.Json.JsonException("expected " + expected + ", found null (at $)");
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw BodyMismatch(response, operationId, expected, global::System.Text.Encoding.UTF8.GetString(body), exception);
        }
    }

    /// <summary>Reads the items of a JSON array as they arrive; a malformed item becomes an <see cref="global::MindGen.Templates.ApiException"/>.</summary>
    private static async global::System.Collections.Generic.IAsyncEnumerable<T?> ReadJsonItemsAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream body, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool allowNull, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        await using global::System.Collections.Generic.IAsyncEnumerator<T?> items = global::System.Text.Json.JsonSerializer.DeserializeAsyncEnumerable(body, typeInfo, cancellationToken).GetAsyncEnumerator(cancellationToken);
        for (int index = 0; ; index++)
        {
            T? item;
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                item = items.Current is not null || allowNull ? items.Current : throw new global::System.Text.Json.JsonException("expected an item, found null (at $[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "])");
            }
            catch (global::System.Text.Json.JsonException exception)
            {
                // The body was streamed, not kept: the exception carries no copy of it.
                throw BodyMismatch(response, operationId, expected, null, exception);
            }

            yield return item;
        }
    }

    /// <summary>
    /// The exception for an unsuccessful status whose body the spec documents: ApiException&lt;TError&gt;
    /// with the parsed body, or a plain ApiException when the body does not parse.
    /// </summary>
    private static async global::System.Threading.Tasks.Task<global::MindGen.Templates.ApiException> ErrorAsync<TError>(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> typeInfo, global::System.Threading.CancellationToken cancellationToken)
    {
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        string message = "Operation '" + operationId + "' failed: the server answered " + status.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " (" + (response.ReasonPhrase ?? response.StatusCode.ToString()) + ").";
        try
        {
            if (global::System.Text.Json.JsonSerializer.Deserialize(body, typeInfo) is { } error)
            {
                return new global::MindGen.Templates.ApiException<TError>(message, operationId, status, body, Headers(response), error);
            }
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            return new global::MindGen.Templates.ApiException(message + " Its body is not the documented error: " + exception.Message, operationId, status, body, Headers(response), exception);
        }

        return new global::MindGen.Templates.ApiException(message, operationId, status, body, Headers(response), innerException: null);
    }

    private static global::MindGen.Templates.ApiException BodyMismatch(global::System.Net.Http.HttpResponseMessage response, string operationId, string expected, string? body, global::System.Text.Json.JsonException exception)
    {
        int status = (int)response.StatusCode;
        return new global::MindGen.Templates.ApiException(
            "Operation '" + operationId + "' answered " + status.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " with a body that is not " + expected + ": " + exception.Message,
            operationId,
            status,
            body,
            Headers(response),
            exception);
    }

    /// <summary>The response and content headers, by case-insensitive name.</summary>
    public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers(global::System.Net.Http.HttpResponseMessage response)
    {
        var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in response.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in response.Content.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
        }

        return headers;
    }
}

// Template: emitted into a spec's namespace as <Namespace>.ResponseHeaders.g.cs, with MindGen.Templates replaced by
// that namespace, when an operation's success responses declare headers: the base of the class each set of declared
// headers becomes, and the responses that carry one. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// A response's headers (content headers included) by case-insensitive name, each with its values in order. The class
/// generated for the headers an operation declares derives from it, with a typed property per header
/// (<c>response.Headers.XRateLimitRemaining</c>): null when the response lacks the header, or when its value is not
/// what the spec says (the text stays here, by name).
/// </summary>
public partial class ResponseHeaders : global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>
{
    private readonly global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> _headers;

    /// <summary>Wraps the headers of a response, as the client reads them (or a test builds them).</summary>
    /// <param name="headers">The headers by name; looked up as the dictionary compares names.</param>
    public ResponseHeaders(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
    {
        _headers = headers ?? throw new global::System.ArgumentNullException(nameof(headers));
    }

    /// <inheritdoc/>
    public int Count => _headers.Count;

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerable<string> Keys => _headers.Keys;

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IReadOnlyList<string>> Values => _headers.Values;

    /// <inheritdoc/>
    public global::System.Collections.Generic.IReadOnlyList<string> this[string key] => _headers[key];

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _headers.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out global::System.Collections.Generic.IReadOnlyList<string> value) => _headers.TryGetValue(key, out value);

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>> GetEnumerator() => _headers.GetEnumerator();

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The header's values joined as HTTP folds a repeated field (<c>", "</c>); null when the response has none.</summary>
    /// <param name="name">The header's name.</param>
    protected string? GetText(string name)
    {
        return _headers.TryGetValue(name, out global::System.Collections.Generic.IReadOnlyList<string>? values) && values.Count > 0 ? string.Join(", ", values) : null;
    }

    /// <summary>The header's comma-separated items (OpenAPI's <c>simple</c> style), trimmed; null when the response has none.</summary>
    /// <param name="name">The header's name.</param>
    protected global::System.Collections.Generic.IReadOnlyList<string>? GetList(string name)
    {
        return GetText(name) is { } text ? text.Split(new[] { ',' }, global::System.StringSplitOptions.RemoveEmptyEntries | global::System.StringSplitOptions.TrimEntries) : null;
    }

    /// <summary>The header as a 32-bit integer; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected int? GetInt32(string name)
    {
        return int.TryParse(GetText(name), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;
    }

    /// <summary>The header as a 64-bit integer; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected long? GetInt64(string name)
    {
        return long.TryParse(GetText(name), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out long value) ? value : null;
    }

    /// <summary>The header as a number; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected double? GetDouble(string name)
    {
        return double.TryParse(GetText(name), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double value) ? value : null;
    }

    /// <summary>The header as a decimal number; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected decimal? GetDecimal(string name)
    {
        return decimal.TryParse(GetText(name), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture, out decimal value) ? value : null;
    }

    /// <summary>The header as <c>true</c> or <c>false</c> (any case); null when absent or neither.</summary>
    /// <param name="name">The header's name.</param>
    protected bool? GetBoolean(string name)
    {
        return bool.TryParse(GetText(name), out bool value) ? value : null;
    }

    /// <summary>The header as a point in time, in HTTP's date format (RFC 9110) or ISO 8601; null when absent or neither.</summary>
    /// <param name="name">The header's name.</param>
    protected global::System.DateTimeOffset? GetDateTime(string name)
    {
        return global::System.DateTimeOffset.TryParse(GetText(name), global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out global::System.DateTimeOffset value) ? value : null;
    }

    /// <summary>The header as a UUID; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected global::System.Guid? GetGuid(string name)
    {
        return global::System.Guid.TryParse(GetText(name), out global::System.Guid value) ? value : null;
    }

    /// <summary>The header as an absolute or relative URI; null when absent or not one.</summary>
    /// <param name="name">The header's name.</param>
    protected global::System.Uri? GetUri(string name)
    {
        return global::System.Uri.TryCreate(GetText(name), global::System.UriKind.RelativeOrAbsolute, out global::System.Uri? value) ? value : null;
    }
}

/// <summary>A successful response's status code, headers (typed as the spec declares them) and body.</summary>
/// <typeparam name="T">The body's type.</typeparam>
/// <typeparam name="THeaders">The headers' type.</typeparam>
public partial class ApiResponse<T, THeaders> : global::MindGen.Templates.ApiResponse<T>
    where THeaders : global::MindGen.Templates.ResponseHeaders
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="body">The body.</param>
    public ApiResponse(int statusCode, THeaders headers, T body)
        : base(statusCode, headers, body)
    {
        Headers = headers;
    }

    /// <summary>The response and content headers, by case-insensitive name, with a typed property for each the spec declares.</summary>
    public new THeaders Headers { get; }
}

/// <summary>A successful response's status code and headers (typed as the spec declares them), for an operation without a body.</summary>
/// <typeparam name="THeaders">The headers' type.</typeparam>
public partial class ApiHeadersResponse<THeaders> : global::MindGen.Templates.ApiResponse
    where THeaders : global::MindGen.Templates.ResponseHeaders
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    public ApiHeadersResponse(int statusCode, THeaders headers)
        : base(statusCode, headers)
    {
        Headers = headers;
    }

    /// <summary>The response and content headers, by case-insensitive name, with a typed property for each the spec declares.</summary>
    public new THeaders Headers { get; }
}

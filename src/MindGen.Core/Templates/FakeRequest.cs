// Template: emitted into a spec's namespace as <Namespace>.FakeRequest.g.cs beside the fake (MindGenFake): how the
// generated calls read their typed parameters from the request, checking each against the spec. Not compiled into
// MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// A request as a fake's operation reads it: its parameters by location and wire name, each parsed as the spec types
/// it or reported as a <see cref="global::MindGen.Templates.ContractViolationException"/> naming the parameter.
/// </summary>
internal sealed class FakeRequest
{
    private readonly global::System.Collections.Generic.Dictionary<string, string?> _path = new global::System.Collections.Generic.Dictionary<string, string?>(global::System.StringComparer.Ordinal);
    private readonly global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>> _query;

    public FakeRequest(global::MindGen.Templates.FakeOperation operation, global::System.Net.Http.HttpRequestMessage message, string?[] pathValues, byte[]? body)
    {
        Operation = operation;
        Message = message;
        Body = body is { Length: > 0 } ? body : null;
        for (int i = 0; i < pathValues.Length; i++)
        {
            _path[operation.PathParameters[i]] = pathValues[i] is { } value ? global::System.Uri.UnescapeDataString(value) : null;
        }

        _query = Query(message.RequestUri);

        var headers = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in message.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (message.Content is not null)
        {
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in message.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        Headers = headers;
    }

    public global::MindGen.Templates.FakeOperation Operation { get; }

    public global::System.Net.Http.HttpRequestMessage Message { get; }

    public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Headers { get; }

    public byte[]? Body { get; }

    /// <summary>A URI's query parameters by decoded name, each with its decoded values in order (<c>id=1&amp;id=2</c>).</summary>
    public static global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>> Query(global::System.Uri? uri)
    {
        var query = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>>(global::System.StringComparer.Ordinal);
        foreach (string pair in (uri is { IsAbsoluteUri: true } ? uri.Query : string.Empty).TrimStart('?').Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            int equals = pair.IndexOf('=');
            string name = global::System.Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
            if (!query.TryGetValue(name, out global::System.Collections.Generic.List<string>? values))
            {
                query[name] = values = new global::System.Collections.Generic.List<string>();
            }

            values.Add(equals < 0 ? string.Empty : global::System.Uri.UnescapeDataString(pair.Substring(equals + 1)));
        }

        return query;
    }

    /// <summary>A parameter the spec requires, parsed; missing or malformed, a violation.</summary>
    public T Required<T>(string location, string name, global::System.Func<string, T> parse, string expected)
    {
        string text = Single(location, name) ?? throw Violation($"the {location} parameter '{name}' is required and was not sent.");
        return Parse(location, name, text, parse, expected);
    }

    /// <summary>An optional parameter of a value type, parsed; null when not sent.</summary>
    public T? OptionalValue<T>(string location, string name, global::System.Func<string, T> parse, string expected)
        where T : struct
    {
        string? text = Single(location, name);
        return text is null ? null : Parse(location, name, text, parse, expected);
    }

    /// <summary>An optional parameter of a reference type, parsed; null when not sent.</summary>
    public T? Optional<T>(string location, string name, global::System.Func<string, T> parse, string expected)
        where T : class
    {
        string? text = Single(location, name);
        return text is null ? null : Parse(location, name, text, parse, expected);
    }

    /// <summary>
    /// A list parameter: each value of an exploded query parameter (<c>id=1&amp;id=2</c>), else the one value split at
    /// its style's delimiter (<c>1,2</c>, <c>1|2</c>, <c>1 2</c>); null when not sent, a violation when required.
    /// </summary>
    public global::System.Collections.Generic.IReadOnlyList<T>? List<T>(string location, string name, bool required, char delimiter, bool exploded, global::System.Func<string, T> parse, string expected)
    {
        global::System.Collections.Generic.IEnumerable<string> texts;
        if (exploded && location == "query")
        {
            if (!_query.TryGetValue(name, out global::System.Collections.Generic.List<string>? values))
            {
                return required ? throw Violation($"the query parameter '{name}' is required and was not sent.") : null;
            }

            texts = values;
        }
        else
        {
            string? text = Single(location, name);
            if (text is null)
            {
                return required ? throw Violation($"the {location} parameter '{name}' is required and was not sent.") : null;
            }

            texts = text.Length == 0 ? global::System.Array.Empty<string>() : text.Split(delimiter);
        }

        var list = new global::System.Collections.Generic.List<T>();
        foreach (string text in texts)
        {
            list.Add(Parse(location, name, location == "header" ? text.Trim() : text, parse, expected));
        }

        return list;
    }

    /// <summary>The JSON body as the spec's type; missing when required, of another media type or not matching the schema, a violation.</summary>
    public T? JsonBody<T>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string typeName, bool required)
    {
        if (!HasJsonBody(typeName, required))
        {
            return default;
        }

        try
        {
            return global::System.Text.Json.JsonSerializer.Deserialize(Body, typeInfo);
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            throw Violation($"the request body does not match {typeName}: {exception.Message}");
        }
    }

    /// <summary>Whether a JSON body was sent; missing when required, or sent as another media type, a violation.</summary>
    public bool HasJsonBody(string typeName, bool required)
    {
        if (Body is null)
        {
            return required ? throw Violation($"the request body ({typeName}) is required and was not sent.") : false;
        }

        string? mediaType = Message.Content?.Headers.ContentType?.MediaType;
        if (mediaType is null || !(mediaType.EndsWith("/json", global::System.StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", global::System.StringComparison.OrdinalIgnoreCase)))
        {
            throw Violation($"the request body is declared as JSON; it was sent as {mediaType ?? "no media type"}.");
        }

        return true;
    }

    /// <summary>A body the spec describes as text, a form or bytes: its text; missing when required, a violation.</summary>
    public string? TextBody(bool required)
    {
        return Body is not null ? global::System.Text.Encoding.UTF8.GetString(Body) : required ? throw Violation("the request body is required and was not sent.") : null;
    }

    public global::MindGen.Templates.ContractViolationException Violation(string problem) => new global::MindGen.Templates.ContractViolationException($"{Operation.Describe()}: {problem}");

    public static string Text(string text) => text;

    public static bool Boolean(string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new global::System.FormatException(),
    };

    public static long Integer(string text) => long.Parse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture);

    public static ulong UnsignedInteger(string text) => ulong.Parse(text, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture);

    public static double Number(string text) => double.Parse(text, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);

    public static global::System.DateOnly Date(string text) => global::System.DateOnly.ParseExact(text, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    public static global::System.DateTimeOffset DateTime(string text) => global::System.DateTimeOffset.Parse(text, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.RoundtripKind);

    public static global::System.TimeOnly Time(string text) => global::System.TimeOnly.Parse(text, global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 duration (<c>PT1H</c>) or .NET's constant format (<c>01:00:00</c>).</summary>
    public static global::System.TimeSpan Duration(string text)
    {
        return text.StartsWith("P", global::System.StringComparison.Ordinal) || text.StartsWith("-P", global::System.StringComparison.Ordinal)
            ? global::System.Xml.XmlConvert.ToTimeSpan(text)
            : global::System.TimeSpan.ParseExact(text, "c", global::System.Globalization.CultureInfo.InvariantCulture);
    }

    public static char Char(string text) => text.Length == 1 ? text[0] : throw new global::System.FormatException();

    public static global::System.Guid Guid(string text) => global::System.Guid.Parse(text);

    public static global::System.Uri Uri(string text) => new global::System.Uri(text, global::System.UriKind.RelativeOrAbsolute);

    public static byte[] Base64(string text) => global::System.Convert.FromBase64String(text);

    private T Parse<T>(string location, string name, string text, global::System.Func<string, T> parse, string expected)
    {
        try
        {
            return parse(text);
        }
        catch (global::System.Exception exception) when (exception is global::System.FormatException or global::System.OverflowException or global::System.ArgumentException)
        {
            throw Violation($"the {location} parameter '{name}' must be {expected}; it was '{text}'.");
        }
    }

    // The raw text of a parameter: a path segment (without a label's dot or a matrix's ;name=, as its style says), a
    // query value, a header's value or a cookie's.
    private string? Single(string location, string name)
    {
        switch (location)
        {
            case "path":
                return _path.TryGetValue(name, out string? value) ? value : null;
            case "path (label)":
                return _path.TryGetValue(name, out string? label) && label is not null && label.StartsWith(".", global::System.StringComparison.Ordinal) ? label.Substring(1) : null;
            case "path (matrix)":
                return _path.TryGetValue(name, out string? matrix) && matrix is not null && matrix.StartsWith(";" + name + "=", global::System.StringComparison.Ordinal) ? matrix.Substring(name.Length + 2) : null;
            case "query":
                return _query.TryGetValue(name, out global::System.Collections.Generic.List<string>? values) ? values[0] : null;
            case "header":
                return Headers.TryGetValue(name, out string? header) ? header : null;
            default:
                if (Headers.TryGetValue("Cookie", out string? cookies))
                {
                    foreach (string cookie in cookies.Split(';'))
                    {
                        int equals = cookie.IndexOf('=');
                        if (equals > 0 && cookie.Substring(0, equals).Trim() == name)
                        {
                            return global::System.Uri.UnescapeDataString(cookie.Substring(equals + 1).Trim());
                        }
                    }
                }

                return null;
        }
    }
}

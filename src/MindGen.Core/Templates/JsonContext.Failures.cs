// Template: members of every spec's JSON context (<Name>JsonContext). Every context has these: how a mismatch
// becomes a JsonException whose message names the JSON path. Not compiled into MindGen itself; a test
// compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

partial class JsonContext
{
    private const string FailureReason = "MindGen.Reason";

    private static global::System.Text.Json.JsonException Mismatch(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
    {
        string found = reader.TokenType switch
        {
            global::System.Text.Json.JsonTokenType.String => "a string",
            global::System.Text.Json.JsonTokenType.Number => "a number",
            global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False => "a boolean",
            global::System.Text.Json.JsonTokenType.Null => "null",
            global::System.Text.Json.JsonTokenType.StartObject => "an object",
            global::System.Text.Json.JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        return Failure("expected " + expected + ", found " + found);
    }

    private static global::System.Text.Json.JsonException Failure(string reason)
    {
        var exception = new global::System.Text.Json.JsonException(reason + " (at $)", "$", lineNumber: null, bytePositionInLine: null);
        exception.Data[FailureReason] = reason;
        return exception;
    }

    // Exceptions travel out through the nested converters; each level prepends its segment, so
    // the message names the whole path ($[3].worklog.ticketId) without any cost on success.
    private static global::System.Text.Json.JsonException AddPath(global::System.Text.Json.JsonException inner, string segment)
    {
        string reason = inner.Data[FailureReason] as string ?? inner.Message;
        string path = "$" + segment + (inner.Path is { Length: > 1 } innerPath && innerPath[0] == '$' ? innerPath.Substring(1) : string.Empty);
        var exception = new global::System.Text.Json.JsonException(reason + " (at " + path + ")", path, inner.LineNumber, inner.BytePositionInLine, inner.InnerException ?? inner);
        exception.Data[FailureReason] = reason;
        return exception;
    }
}

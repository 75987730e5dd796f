// Template: emitted into a spec's namespace as <Namespace>.FakeOperation.g.cs beside the fake (MindGenFake): one
// operation of a fake, what its stub answers and the responses the spec declares for it. Not compiled into MindGen
// itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// One operation of a fake API: the stub that says how it answers (by default the spec's example of its success,
/// which a setup replaces; a setup given <c>times</c> answers that many calls first, in order, then the others
/// answer as before). Every status and body a setup gives is checked against the responses the spec declares.
/// </summary>
public abstract partial class FakeOperation
{
    private readonly global::MindGen.Templates.ApiFake _fake;
    private readonly global::System.Text.RegularExpressions.Regex _path;
    private readonly global::MindGen.Templates.FakeResponse[] _responses;
    private readonly global::MindGen.Templates.FakeStream? _stream;
    private readonly global::MindGen.Templates.FakePaging? _paging;
    private readonly global::System.Collections.Generic.Queue<global::System.Func<global::MindGen.Templates.FakeCall, global::System.Net.Http.HttpResponseMessage>> _once = new global::System.Collections.Generic.Queue<global::System.Func<global::MindGen.Templates.FakeCall, global::System.Net.Http.HttpResponseMessage>>();
    private global::System.Func<global::MindGen.Templates.FakeCall, global::System.Net.Http.HttpResponseMessage>? _standing;
    private global::System.TimeSpan _delay;

    internal FakeOperation(global::MindGen.Templates.ApiFake fake, string operationId, string httpMethod, string pathTemplate, global::MindGen.Templates.FakeResponse[] responses, global::MindGen.Templates.FakeStream? stream, global::MindGen.Templates.FakePaging? paging)
    {
        _fake = fake;
        OperationId = operationId;
        HttpMethod = httpMethod;
        PathTemplate = pathTemplate;
        _responses = responses;
        _stream = stream;
        _paging = paging;

        // The template matches the end of the request's path, so a base address's path (/api/v1/) goes before it.
        var pattern = new global::System.Text.StringBuilder();
        var names = new global::System.Collections.Generic.List<string>();
        int at = 0;
        while (true)
        {
            int open = pathTemplate.IndexOf('{', at);
            int close = open < 0 ? -1 : pathTemplate.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            pattern.Append(global::System.Text.RegularExpressions.Regex.Escape(pathTemplate.Substring(at, open - at))).Append("([^/]*)");
            names.Add(pathTemplate.Substring(open + 1, close - open - 1));
            at = close + 1;
        }

        pattern.Append(global::System.Text.RegularExpressions.Regex.Escape(pathTemplate.Substring(at))).Append("/?$");
        _path = new global::System.Text.RegularExpressions.Regex(pattern.ToString(), global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        PathParameters = names.ToArray();
    }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>The operation's HTTP method.</summary>
    public string HttpMethod { get; }

    /// <summary>The spec's path template (<c>/pets/{petId}</c>).</summary>
    public string PathTemplate { get; }

    internal string[] PathParameters { get; }

    private global::MindGen.Templates.FakeResponse Success => global::System.Array.Find(_responses, response => response.Status.StartsWith("2", global::System.StringComparison.Ordinal)) ?? global::MindGen.Templates.FakeResponse.NoContent;

    /// <summary>Answers with the spec's example of the success (or, without one, a minimal body its schema allows).</summary>
    public void Succeeds(int times = 0) => Set(_ => Respond(Success.StatusCode, Success.MediaType, Success.DefaultBody(this)), times);

    /// <summary>
    /// Answers with <paramref name="status"/>, which the spec must declare for this operation (or cover by a range or
    /// <c>default</c>), and <paramref name="json"/>, which must match that response's schema; without JSON, a body
    /// that schema allows.
    /// </summary>
    public void Fails(int status, string? json = null, int times = 0)
    {
        global::MindGen.Templates.FakeResponse response = Declared(status);
        byte[]? body = json is null ? response.DefaultBody(this) : response.Check(this, global::System.Text.Encoding.UTF8.GetBytes(json));
        Set(_ => Respond(status, response.MediaType, body), times);
    }

    /// <summary>Answers with <paramref name="status"/> and <paramref name="error"/> as its body, of the type the spec declares for that status.</summary>
    public void Fails<TError>(int status, TError error, int times = 0)
    {
        global::MindGen.Templates.FakeResponse response = Declared(status);
        if (response.Body is not global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> typeInfo)
        {
            throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the spec's {response.Status} response has {(response.Body is null ? "no JSON body" : "a body of type " + response.Body.Type.Name)}, not {typeof(TError).Name}.");
        }

        byte[] body = response.Check(this, global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(error, typeInfo));
        Set(_ => Respond(status, response.MediaType, body), times);
    }

    /// <summary>
    /// Answers with <paramref name="items"/> as the operation's stream (server-sent events, JSON lines or a JSON text
    /// sequence, as the spec says), ended as the API ends it; each item must be of the type the spec streams.
    /// </summary>
    public void ReturnsEvents<TItem>(global::System.Collections.Generic.IEnumerable<TItem> items, int times = 0)
    {
        global::MindGen.Templates.FakeStream stream = _stream ?? throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the spec declares no stream of items for this operation.");
        byte[] body = stream.Frame(this, items);
        Set(_ => Respond(Success.StatusCode, stream.MediaType, body), times);
    }

    /// <summary>
    /// Answers each request for the list with its page of <paramref name="items"/>, <paramref name="pageSize"/> to a
    /// page, each naming the next as the spec's paging says (a Link header, a next link or cursor in the body, the
    /// last item's id): the client's <c>…AllAsync</c> reads them all, one request a page.
    /// </summary>
    public void ReturnsPages<TItem>(global::System.Collections.Generic.IEnumerable<TItem> items, int pageSize)
    {
        global::MindGen.Templates.FakePaging paging = _paging ?? throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the spec does not answer this operation a page at a time.");
        if (pageSize < 1)
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds one item or more.");
        }

        if (paging.Item is not global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TItem> typeInfo)
        {
            throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the spec's pages hold other items than {typeof(TItem).Name}.");
        }

        var nodes = new global::System.Collections.Generic.List<global::System.Text.Json.Nodes.JsonNode?>();
        foreach (TItem item in items)
        {
            nodes.Add(global::System.Text.Json.JsonSerializer.SerializeToNode(item, typeInfo));
        }

        Set(call => Page(paging, nodes, pageSize, call.RequestUri), times: 0);
    }

    /// <summary>Throws <paramref name="exception"/> out of the client's call, as the network would.</summary>
    public void Throws(global::System.Exception exception, int times = 0)
    {
        if (exception is null)
        {
            throw new global::System.ArgumentNullException(nameof(exception));
        }

        Set(_ => throw exception, times);
    }

    /// <summary>Drops the connection before answering: the client's call throws an <see cref="global::System.Net.Http.HttpRequestException"/>.</summary>
    public void Disconnects(int times = 0) => Set(_ => throw Dropped(), times);

    /// <summary>Answers the success's headers, then cuts the connection halfway through its body.</summary>
    public void CutsBodyMidway(int times = 0) => Set(_ => CutMidway(), times);

    /// <summary>Answers the success's status with a body that is not valid JSON.</summary>
    public void SendsMalformedJson(int times = 0) => Set(_ => Respond(Success.StatusCode, "application/json", MalformedJson), times);

    /// <summary>Waits this long before every answer (slow headers); the caller's cancellation or timeout ends the wait.</summary>
    public void Delays(global::System.TimeSpan delay) => _delay = delay;

    internal string Describe() => $"{HttpMethod} {PathTemplate} ({OperationId} in {_fake.SpecName})";

    internal string?[]? Match(string path)
    {
        global::System.Text.RegularExpressions.Match match = _path.Match(path);
        if (!match.Success)
        {
            return null;
        }

        var values = new string?[PathParameters.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = match.Groups[i + 1].Value;
        }

        return values;
    }

    /// <summary>Reads the request as this operation's typed call, checking it against the spec, and records it.</summary>
    internal abstract global::MindGen.Templates.FakeCall Record(global::MindGen.Templates.FakeRequest request);

    internal void Reset()
    {
        lock (_once)
        {
            _once.Clear();
            _standing = null;
            _delay = global::System.TimeSpan.Zero;
        }

        ForgetCalls();
    }

    private protected abstract void ForgetCalls();

    internal async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> RespondAsync(global::MindGen.Templates.FakeCall call, int fault, global::System.Threading.CancellationToken cancellationToken)
    {
        if (_delay > global::System.TimeSpan.Zero)
        {
            await global::System.Threading.Tasks.Task.Delay(_delay, cancellationToken).ConfigureAwait(false);
        }

        switch (fault)
        {
            case 0:
                return Respond(503, null, null);
            case 1:
                throw Dropped();
            case 2:
                return CutMidway();
            case 3:
                return Respond(Success.StatusCode, "application/json", MalformedJson);
        }

        global::System.Func<global::MindGen.Templates.FakeCall, global::System.Net.Http.HttpResponseMessage>? respond;
        lock (_once)
        {
            respond = _once.Count > 0 ? _once.Dequeue() : _standing;
        }

        if (respond is null && _fake.Strict)
        {
            throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the fake is strict and this operation has no stub.");
        }

        if (respond is not null)
        {
            return respond(call);
        }

        // A call that asks for the stream (its Accept names the stream's media type) gets one item built from the schema.
        return _stream is not null && call.RequestHeaders.TryGetValue("Accept", out string? accept) && accept.IndexOf(_stream.MediaType, global::System.StringComparison.OrdinalIgnoreCase) >= 0
            ? Respond(Success.StatusCode, _stream.MediaType, _stream.DefaultBody())
            : Respond(Success.StatusCode, Success.MediaType, Success.DefaultBody(this));
    }

    private protected void Set(global::System.Func<global::MindGen.Templates.FakeCall, global::System.Net.Http.HttpResponseMessage> respond, int times)
    {
        if (times < 0)
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(times), times, "A setup answers a number of calls, or (0) every call.");
        }

        lock (_once)
        {
            if (times == 0)
            {
                _standing = respond;
            }

            for (int i = 0; i < times; i++)
            {
                _once.Enqueue(respond);
            }
        }
    }

    private protected global::System.Net.Http.HttpResponseMessage RespondSuccess(byte[] body) => Respond(Success.StatusCode, Success.MediaType, body);

    private protected byte[] CheckSuccess(byte[] body) => Success.Check(this, body);

    private protected global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? SuccessBody => Success.Body;

    private global::System.Net.Http.HttpResponseMessage Page(global::MindGen.Templates.FakePaging paging, global::System.Collections.Generic.IReadOnlyList<global::System.Text.Json.Nodes.JsonNode?> items, int pageSize, global::System.Uri request)
    {
        byte[] body = paging.Page(items, pageSize, request, out string? link);
        global::System.Net.Http.HttpResponseMessage response = Respond(Success.StatusCode, Success.MediaType, Success.Check(this, body));
        if (link is not null)
        {
            response.Headers.TryAddWithoutValidation("Link", link);
        }

        return response;
    }

    private static byte[] MalformedJson => global::System.Text.Encoding.UTF8.GetBytes("{\"injected\": \"malformed JSON, cut off her");

    private static global::System.Net.Http.HttpRequestException Dropped() => new global::System.Net.Http.HttpRequestException("The fake dropped the connection (an injected fault).");

    private global::System.Net.Http.HttpResponseMessage CutMidway()
    {
        byte[] body = Success.DefaultBody(this) ?? global::System.Text.Encoding.UTF8.GetBytes("{}");
        global::System.Net.Http.HttpResponseMessage response = Respond(Success.StatusCode, Success.MediaType, null);
        response.Content = new global::MindGen.Templates.FakeCutBody(body, Success.MediaType);
        return response;
    }

    // The response the spec declares for a status: its own, else its range's (4XX), else default.
    private global::MindGen.Templates.FakeResponse Declared(int status)
    {
        string code = status.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        string range = code.Length == 3 ? code[0] + "XX" : code;
        return global::System.Array.Find(_responses, response => response.Status == code)
            ?? global::System.Array.Find(_responses, response => string.Equals(response.Status, range, global::System.StringComparison.OrdinalIgnoreCase))
            ?? global::System.Array.Find(_responses, response => response.Status == "default")
            ?? throw new global::MindGen.Templates.ContractViolationException($"{Describe()}: the spec declares no {status} response for this operation; it declares {string.Join(", ", global::System.Linq.Enumerable.Select(_responses, response => response.Status))}.");
    }

    private static global::System.Net.Http.HttpResponseMessage Respond(int status, string? mediaType, byte[]? body)
    {
        var content = new global::System.Net.Http.ByteArrayContent(body ?? global::System.Array.Empty<byte>());
        if (body is not null && mediaType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }

        return new global::System.Net.Http.HttpResponseMessage((global::System.Net.HttpStatusCode)status) { Content = content };
    }
}

/// <summary>An operation of a fake whose calls are recorded typed (<typeparamref name="TCall"/>).</summary>
public partial class FakeOperation<TCall> : global::MindGen.Templates.FakeOperation
    where TCall : global::MindGen.Templates.FakeCall
{
    private readonly global::System.Func<global::MindGen.Templates.FakeRequest, TCall> _read;
    private readonly global::System.Collections.Generic.List<TCall> _calls = new global::System.Collections.Generic.List<TCall>();

    internal FakeOperation(global::MindGen.Templates.ApiFake fake, string operationId, string httpMethod, string pathTemplate, global::MindGen.Templates.FakeResponse[] responses, global::MindGen.Templates.FakeStream? stream, global::MindGen.Templates.FakePaging? paging, global::System.Func<global::MindGen.Templates.FakeRequest, TCall> read)
        : base(fake, operationId, httpMethod, pathTemplate, responses, stream, paging)
    {
        _read = read;
    }

    /// <summary>The calls made, in order: each request's parameters and body as the spec types them.</summary>
    public global::System.Collections.Generic.IReadOnlyList<TCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>Answers with the response <paramref name="respond"/> makes of the call: for what no other setup says.</summary>
    public void Responds(global::System.Func<TCall, global::System.Net.Http.HttpResponseMessage> respond, int times = 0) => Set(call => respond((TCall)call), times);

    internal override global::MindGen.Templates.FakeCall Record(global::MindGen.Templates.FakeRequest request)
    {
        TCall call = _read(request);
        lock (_calls)
        {
            _calls.Add(call);
        }

        return call;
    }

    private protected override void ForgetCalls()
    {
        lock (_calls)
        {
            _calls.Clear();
        }
    }
}

/// <summary>An operation of a fake whose success has a body, of type <typeparamref name="TResult"/>.</summary>
public sealed partial class FakeOperation<TCall, TResult> : global::MindGen.Templates.FakeOperation<TCall>
    where TCall : global::MindGen.Templates.FakeCall
{
    internal FakeOperation(global::MindGen.Templates.ApiFake fake, string operationId, string httpMethod, string pathTemplate, global::MindGen.Templates.FakeResponse[] responses, global::MindGen.Templates.FakeStream? stream, global::MindGen.Templates.FakePaging? paging, global::System.Func<global::MindGen.Templates.FakeRequest, TCall> read)
        : base(fake, operationId, httpMethod, pathTemplate, responses, stream, paging, read)
    {
    }

    /// <summary>Answers every call (or the next <paramref name="times"/>) with <paramref name="value"/>, checked against the spec's schema now.</summary>
    public void Returns(TResult value, int times = 0)
    {
        byte[] body = Encode(value);
        Set(_ => RespondSuccess(body), times);
    }

    /// <summary>Answers with what <paramref name="respond"/> makes of the call, checked against the spec's schema.</summary>
    public void Returns(global::System.Func<TCall, TResult> respond, int times = 0) => Set(call => RespondSuccess(Encode(respond((TCall)call))), times);

    // JSON through the spec's metadata, checked by reading it back as the client will; text as UTF-8.
    private byte[] Encode(TResult value)
    {
        return SuccessBody is global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResult> typeInfo
            ? CheckSuccess(global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo))
            : global::System.Text.Encoding.UTF8.GetBytes(value as string ?? string.Empty);
    }
}

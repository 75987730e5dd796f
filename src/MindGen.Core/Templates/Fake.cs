// Template: emitted into a spec's namespace as <Namespace>.ApiFake.g.cs when the project asks for fakes (MindGenFake,
// on in test projects), with MindGen.Templates replaced by that namespace: the handler every <Client>Fake derives
// from. Not compiled into MindGen itself; a test compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// An API served in memory, as its spec describes it: an <see cref="global::System.Net.Http.HttpMessageHandler"/>
/// that routes each request to the operation whose method and path template it matches, checks it against the spec,
/// records it and answers with what the operation's stub says (by default the spec's example of its success).
/// A request the spec does not allow throws a <see cref="ContractViolationException"/> naming the operation and
/// what is wrong, out of the client's call, so the test fails where the code under test broke the contract.
/// </summary>
public abstract partial class ApiFake : global::System.Net.Http.HttpMessageHandler
{
    private readonly global::System.Collections.Generic.List<global::MindGen.Templates.FakeOperation> _operations = new global::System.Collections.Generic.List<global::MindGen.Templates.FakeOperation>();
    private readonly global::System.Collections.Generic.List<global::MindGen.Templates.FakeCall> _calls = new global::System.Collections.Generic.List<global::MindGen.Templates.FakeCall>();
    private global::System.Random? _faults;
    private double _faultRate;

    /// <param name="specName">The spec's file name, named in every violation.</param>
    protected ApiFake(string specName)
    {
        SpecName = specName;
    }

    /// <summary>The spec's file name, named in every violation.</summary>
    public string SpecName { get; }

    /// <summary>
    /// When true, a call to an operation without a stub throws a <see cref="ContractViolationException"/> instead of
    /// answering with the spec's example: for tests that must know every call their code makes.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>Every call, of every operation, in the order they came; each operation's stub has its own, typed.</summary>
    public global::System.Collections.Generic.IReadOnlyList<global::MindGen.Templates.FakeCall> AllCalls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>
    /// Makes a share of all calls (<paramref name="rate"/>, 0 to 1) fail as a flaky network and server do, for
    /// resilience tests: a 503, a dropped connection, a body cut off midway or malformed JSON. The same
    /// <paramref name="seed"/> picks the same calls and faults on every run; a rate of 0 turns it off.
    /// </summary>
    public void InjectFaults(double rate, int seed)
    {
        if (rate < 0 || rate > 1)
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(rate), rate, "The share of calls that fail is between 0 and 1.");
        }

        lock (_calls)
        {
            _faultRate = rate;
            _faults = rate > 0 ? new global::System.Random(seed) : null;
        }
    }

    /// <summary>Forgets every stub and every recorded call, and stops injecting faults.</summary>
    public void Reset()
    {
        lock (_calls)
        {
            _calls.Clear();
            _faults = null;
            _faultRate = 0;
        }

        foreach (global::MindGen.Templates.FakeOperation operation in _operations)
        {
            operation.Reset();
        }
    }

    /// <summary>Adds an operation; the generated fake adds each of the spec's, most specific path first.</summary>
    protected T Add<T>(T operation)
        where T : global::MindGen.Templates.FakeOperation
    {
        _operations.Add(operation);
        return operation;
    }

    /// <summary>The fake owns nothing to release; it stays usable after an HttpClient or a factory disposes it.</summary>
    protected override void Dispose(bool disposing)
    {
    }

    /// <inheritdoc/>
    protected override async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
    {
        string path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "/" + (request.RequestUri?.OriginalString ?? string.Empty).Split('?')[0].TrimStart('/');
        foreach (global::MindGen.Templates.FakeOperation operation in _operations)
        {
            string?[]? values = string.Equals(operation.HttpMethod, request.Method.Method, global::System.StringComparison.OrdinalIgnoreCase) ? operation.Match(path) : null;
            if (values is null)
            {
                continue;
            }

            byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var fakeRequest = new global::MindGen.Templates.FakeRequest(operation, request, values, body);
            global::MindGen.Templates.FakeCall call = operation.Record(fakeRequest);
            double roll;
            lock (_calls)
            {
                _calls.Add(call);
                roll = _faults is null ? 1 : _faults.NextDouble();
            }

            // A fault, when one is injected: 0 to 3 by where the roll fell within the rate (see FakeOperation.RespondAsync).
            global::System.Net.Http.HttpResponseMessage response = await operation.RespondAsync(call, roll < _faultRate ? (int)(roll / _faultRate * 4) : -1, cancellationToken).ConfigureAwait(false);
            response.RequestMessage = request;
            return response;
        }

        // No operation of the method matches: say whether the path is the spec's under another method.
        global::MindGen.Templates.FakeOperation? pathMatch = global::System.Linq.Enumerable.FirstOrDefault(_operations, operation => operation.Match(path) is not null);
        throw new global::MindGen.Templates.ContractViolationException(pathMatch is null
            ? $"{request.Method.Method} {path}: no operation of {SpecName} has this path. Its paths: {Paths()}."
            : $"{request.Method.Method} {path}: {SpecName} has no {request.Method.Method} operation on {pathMatch.PathTemplate}; it has {string.Join(", ", global::System.Linq.Enumerable.Select(global::System.Linq.Enumerable.Where(_operations, operation => operation.PathTemplate == pathMatch.PathTemplate), operation => operation.HttpMethod))}.");
    }

    // The spec's path templates, the first ten of a big spec (GitHub's are 700).
    private string Paths()
    {
        var paths = new global::System.Collections.Generic.List<string>(global::System.Linq.Enumerable.Distinct(global::System.Linq.Enumerable.Select(_operations, operation => operation.PathTemplate)));
        paths.Sort(global::System.StringComparer.Ordinal);
        return paths.Count <= 10 ? string.Join(", ", paths) : string.Join(", ", paths.GetRange(0, 10)) + $" and {paths.Count - 10} more";
    }
}

/// <summary>
/// Thrown where a request or a stub breaks the contract its spec describes: the message names the spec, the
/// operation (method, path template and operationId) and what is wrong.
/// </summary>
public sealed partial class ContractViolationException : global::System.InvalidOperationException
{
    /// <param name="message">What is wrong, and where in the spec.</param>
    public ContractViolationException(string message)
        : base(message)
    {
    }
}

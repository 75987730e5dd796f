namespace MindGen.Model;

/// <summary>
/// The headers an operation's success responses declare, as a class deriving from <c>ResponseHeaders</c> with a typed
/// property per header; operations that declare the same headers (GitHub: <c>Link</c> on 209 lists) share one class.
/// </summary>
/// <param name="ClassName">The class: <c>LinkHeaders</c>, named after the headers it holds.</param>
/// <param name="Headers">Its headers, by wire name (ordinal, ignoring case).</param>
public sealed record ResponseHeadersModel(string ClassName, EquatableArray<ResponseHeaderModel> Headers);

/// <summary>One declared response header.</summary>
/// <param name="PropertyName">Its property: <c>XRateLimitRemaining</c>.</param>
/// <param name="WireName">Its name on the wire, as the spec spells it: <c>X-RateLimit-Remaining</c>.</param>
/// <param name="Type">What its value is read as: a scalar the runtime parses, or a list of strings (<c>simple</c> style); else a string.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="IsDeprecated">Whether the API deprecates the header.</param>
public sealed record ResponseHeaderModel(string PropertyName, string WireName, TypeRef Type, string? Description, bool IsDeprecated);

// Template: emitted into a spec's namespace as <Namespace>.FakePaging.g.cs beside the fake (MindGenFake): how a fake
// serves a list a page at a time, by the operation's own paging rule. Not compiled into MindGen itself; a test
// compiles it (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>
/// How an operation's list goes a page at a time, for a fake's <c>ReturnsPages</c>: an RFC 8288 <c>Link</c> header
/// (<c>link-header</c>), a body member holding the next page's URL (<c>next-link</c>) or a cursor a query parameter
/// takes back (<c>cursor</c>), or the last item's id sent back while a body member says more follow
/// (<c>after-last-item</c>). A fake names pages by their number: a link gets <c>page=N</c>, a cursor is <c>N</c>.
/// </summary>
internal sealed class FakePaging
{
    private readonly string _kind;
    private readonly string? _itemsMember;
    private readonly string? _nextMember;
    private readonly string? _cursorParameter;
    private readonly string? _itemIdMember;
    private readonly string? _bodySample;

    /// <param name="kind"><c>link-header</c>, <c>next-link</c>, <c>cursor</c> or <c>after-last-item</c>.</param>
    /// <param name="item">The metadata of an item's JSON; null when the context resolves none.</param>
    /// <param name="itemsMember">The body's member that holds the page's items; null when the body is the list.</param>
    /// <param name="nextMember">The body's member that names the next page (its URL, its cursor, or that one follows).</param>
    /// <param name="cursorParameter">The query parameter that takes a cursor or the last item's id back.</param>
    /// <param name="itemIdMember">An item's member whose value the next request starts after.</param>
    /// <param name="bodySample">A page body the schema allows, which the items and the next page's name go into.</param>
    public FakePaging(string kind, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? item, string? itemsMember, string? nextMember, string? cursorParameter, string? itemIdMember, string? bodySample)
    {
        _kind = kind;
        Item = item;
        _itemsMember = itemsMember;
        _nextMember = nextMember;
        _cursorParameter = cursorParameter;
        _itemIdMember = itemIdMember;
        _bodySample = bodySample;
    }

    public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Item { get; }

    /// <summary>The body of the page a request asks for; <paramref name="link"/> is the Link header that names the next, for that kind.</summary>
    public byte[] Page(global::System.Collections.Generic.IReadOnlyList<global::System.Text.Json.Nodes.JsonNode?> items, int pageSize, global::System.Uri request, out string? link)
    {
        int start = Start(items, pageSize, request);
        int end = global::System.Math.Min(items.Count, start + pageSize);
        var page = new global::System.Text.Json.Nodes.JsonArray();
        for (int i = start; i < end; i++)
        {
            page.Add(items[i]?.DeepClone());
        }

        bool more = end < items.Count;
        string next = (start / pageSize + 2).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        string nextUri = WithQuery(request, "page", next);
        link = _kind == "link-header" && more ? $"<{nextUri}>; rel=\"next\"" : null;
        if (_itemsMember is null)
        {
            return global::System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
        }

        global::System.Text.Json.Nodes.JsonObject body = (_bodySample is null ? null : global::System.Text.Json.Nodes.JsonNode.Parse(_bodySample) as global::System.Text.Json.Nodes.JsonObject) ?? new global::System.Text.Json.Nodes.JsonObject();
        body[_itemsMember] = page;
        if (_nextMember is not null)
        {
            body[_nextMember] = _kind switch
            {
                "after-last-item" => global::System.Text.Json.Nodes.JsonValue.Create(more),
                "cursor" => more ? global::System.Text.Json.Nodes.JsonValue.Create(next) : null,
                _ => more ? global::System.Text.Json.Nodes.JsonValue.Create(nextUri) : null,
            };
        }

        return global::System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    // Where the requested page starts: page N of a link, cursor N, or after the item whose id the request sends back.
    private int Start(global::System.Collections.Generic.IReadOnlyList<global::System.Text.Json.Nodes.JsonNode?> items, int pageSize, global::System.Uri request)
    {
        string? named = global::MindGen.Templates.FakeRequest.Query(request).TryGetValue(_kind is "cursor" or "after-last-item" ? _cursorParameter ?? string.Empty : "page", out global::System.Collections.Generic.List<string>? values) ? values[0] : null;
        if (named is null)
        {
            return 0;
        }

        if (_kind == "after-last-item")
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (_itemIdMember is not null && items[i] is global::System.Text.Json.Nodes.JsonObject item && item[_itemIdMember]?.ToString() == named)
                {
                    return i + 1;
                }
            }

            return items.Count;
        }

        return int.TryParse(named, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out int number) && number > 0 ? (number - 1) * pageSize : 0;
    }

    // The request's URI with one query parameter set, the others kept: the next page's link.
    private static string WithQuery(global::System.Uri request, string name, string value)
    {
        var pairs = new global::System.Collections.Generic.List<string>();
        foreach (string pair in request.Query.TrimStart('?').Split('&'))
        {
            if (pair.Length > 0 && !pair.StartsWith(name + "=", global::System.StringComparison.Ordinal))
            {
                pairs.Add(pair);
            }
        }

        pairs.Add(name + "=" + global::System.Uri.EscapeDataString(value));
        return request.GetLeftPart(global::System.UriPartial.Path) + "?" + string.Join("&", pairs);
    }
}

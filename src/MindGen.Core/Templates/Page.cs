// Template: emitted into a spec's namespace as <Namespace>.Page.g.cs when an operation answers a page at a time,
// with MindGen.Templates replaced by that namespace. Not compiled into MindGen itself; a test compiles it
// (TemplateTests).
#nullable enable

namespace MindGen.Templates;

/// <summary>One page of a list, and the token that resumes the list after it.</summary>
/// <typeparam name="T">What each item is.</typeparam>
public sealed partial class Page<T>
{
    /// <summary>Creates the page.</summary>
    /// <param name="items">Its items.</param>
    /// <param name="continuationToken">What names the next page; null on the last.</param>
    public Page(global::System.Collections.Generic.IReadOnlyList<T> items, string? continuationToken)
    {
        Items = items;
        ContinuationToken = continuationToken;
    }

    /// <summary>The page's items.</summary>
    public global::System.Collections.Generic.IReadOnlyList<T> Items { get; }

    /// <summary>
    /// What names the next page (its URL, or the API's cursor); null on the last page. Hand it to the same
    /// <c>…PagesAsync</c> method, with the same arguments, to go on from here, later or elsewhere.
    /// </summary>
    public string? ContinuationToken { get; }
}

namespace MindGen.Model;

/// <summary>
/// A list operation whose answer is one page of a longer list, and how to get the next page: the operation gets a
/// <c>…AllAsync</c> method that yields every item, page by page as it is read, and a <c>…PagesAsync</c> method that
/// yields the pages, each with the token that resumes after it.
/// </summary>
/// <param name="AllMethodName">The method that yields every item: <c>IssuesListForRepoAllAsync</c>.</param>
/// <param name="PagesMethodName">The method that yields the pages.</param>
/// <param name="Kind">Where the next page is named.</param>
/// <param name="ItemType">What each item is.</param>
/// <param name="ItemsProperty">The property of the body's class that holds the page's items; null when the body is the list itself.</param>
/// <param name="NextProperty">The property of the body's class that names the next page: its URL (<see cref="PaginationKind.NextLink"/>) or its cursor; for <see cref="PaginationKind.AfterLastItem"/>, the boolean that says another page follows.</param>
/// <param name="NextType">The type of <paramref name="NextProperty"/>: a string, or a URI.</param>
/// <param name="CursorParameter">For a cursor: the method parameter that takes it.</param>
/// <param name="ItemIdProperty">For <see cref="PaginationKind.AfterLastItem"/>: the item class's property that is the cursor.</param>
public sealed record PaginationModel(string AllMethodName, string PagesMethodName, PaginationKind Kind, TypeRef ItemType, string? ItemsProperty, string? NextProperty, TypeRef? NextType, string? CursorParameter, string? ItemIdProperty = null)
{
    /// <summary>Whether the next page is fetched at an address a link names (the send core then takes it), not by a cursor.</summary>
    public bool FollowsLinks => Kind is PaginationKind.LinkHeader or PaginationKind.NextLink;
}

/// <summary>Where a page names the next one.</summary>
public enum PaginationKind
{
    /// <summary>An RFC 8288 <c>Link</c> header with <c>rel="next"</c> (GitHub); the token is the next page's URL.</summary>
    LinkHeader,

    /// <summary>A member of the body holding the next page's URL (<c>x-ms-pageable</c>'s <c>nextLink</c>, <c>next</c>).</summary>
    NextLink,

    /// <summary>A member of the body holding a cursor, which a query parameter of the operation takes.</summary>
    Cursor,

    /// <summary>
    /// The next page starts after the last item: its <c>id</c> is the cursor, sent while a boolean member of the body
    /// says more follow (Stripe's <c>starting_after</c> and <c>has_more</c>).
    /// </summary>
    AfterLastItem,
}

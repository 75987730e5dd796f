using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Conformance.Infrastructure;
using Conformance.Payload.Pageable;

namespace Conformance.Drivers.Payload;

/// <summary>
/// Paged lists: walked by the generated …AllAsync where the document says how the next page is named (a next link in
/// the body, a GET even after a POST; a cursor in the body sent back as a query parameter), else page by page as a
/// caller does by hand (a continuation token nested in the body, in a response header, or sent as a header).
/// </summary>
public sealed class PageableDriver(Spector spector) : Driver(spector)
{
    private static PageableJsonContext Json => PageableJsonContext.Default;

    private static PageableClient Client(HttpClient http) => new(http);

    [Scenario] public Task Payload_Pageable_PageSize_listWithoutContinuation() => Reads(http => Client(http).PageSizeListWithoutContinuationAsync(), Json.PageSizeListWithoutContinuationResponse);

    [Scenario]
    public Task Payload_Pageable_PageSize_listWithPageSize() => Run(async http =>
    {
        AssertRead(ScenarioDocs.Body(nameof(Payload_Pageable_PageSize_listWithPageSize)), await Client(http).PageSizeListWithPageSizeAsync(2), Json.PageSizeListWithPageSizeResponse);
        AssertRead(ScenarioDocs.Body(nameof(Payload_Pageable_PageSize_listWithPageSize), 1), await Client(http).PageSizeListWithPageSizeAsync(4), Json.PageSizeListWithPageSizeResponse);
    });

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestQueryResponseBody() =>
        EveryPet(http => Client(http).ContinuationTokenRequestQueryResponseBodyAllAsync(foo: "foo", bar: "bar"));

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_link() => EveryPet(http => Client(http).ServerDrivenPaginationLinkAllAsync());

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_linkString() => EveryPet(http => Client(http).ServerDrivenPaginationLinkStringAllAsync());

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_AlternateInitialVerb_post() =>
        EveryPet(http => Client(http).AlternateInitialVerbPostAllAsync(new ServerDrivenPaginationAlternateInitialVerbFilter { Filter = "foo eq bar" }));

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestHeaderResponseBody() => TwoPages(
        async http => { var page = await Client(http).ContinuationTokenRequestHeaderResponseBodyAsync(foo: "foo", bar: "bar"); return (page, page.NextToken); },
        (http, token) => Client(http).ContinuationTokenRequestHeaderResponseBodyAsync(token, "foo", "bar"),
        Json.ContinuationTokenRequestHeaderResponseBodyResponse);

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestQueryNestedResponseBody() => TwoPages(
        async http => { var page = await Client(http).ContinuationTokenRequestQueryNestedResponseBodyAsync(foo: "foo", bar: "bar"); return (page, page.NestedNext?.NextToken); },
        (http, token) => Client(http).ContinuationTokenRequestQueryNestedResponseBodyAsync(token, "foo", "bar"),
        Json.ContinuationTokenRequestQueryNestedResponseBodyResponse);

    // The scenario's text names the token's object `next`; the server and the document say `nestedNext`.
    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestHeaderNestedResponseBody() => TwoPages(
        async http => { var page = await Client(http).ContinuationTokenRequestHeaderNestedResponseBodyAsync(foo: "foo", bar: "bar"); return (page, page.NestedNext?.NextToken); },
        (http, token) => Client(http).ContinuationTokenRequestHeaderNestedResponseBodyAsync(token, "foo", "bar"),
        Json.ContinuationTokenRequestHeaderNestedResponseBodyResponse,
        firstPage: ScenarioDocs.Body(nameof(Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestHeaderNestedResponseBody)).Replace("\"next\":", "\"nestedNext\":"));

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestQueryResponseHeader() => TwoPages(
        async http => { var page = await Client(http).ContinuationTokenRequestQueryResponseHeaderWithResponseAsync(foo: "foo", bar: "bar"); return (page.Body, page.Headers["next-token"][0]); },
        (http, token) => Client(http).ContinuationTokenRequestQueryResponseHeaderAsync(token, "foo", "bar"),
        Json.ContinuationTokenRequestQueryResponseHeaderResponse);

    [Scenario]
    public Task Payload_Pageable_ServerDrivenPagination_ContinuationToken_requestHeaderResponseHeader() => TwoPages(
        async http => { var page = await Client(http).ContinuationTokenRequestHeaderResponseHeaderWithResponseAsync(foo: "foo", bar: "bar"); return (page.Body, page.Headers["next-token"][0]); },
        (http, token) => Client(http).ContinuationTokenRequestHeaderResponseHeaderAsync(token, "foo", "bar"),
        Json.ContinuationTokenRequestHeaderResponseHeaderResponse);

    // Every pet of the two pages each of these scenarios serves, read through the generated …AllAsync. The mock server
    // names its next pages at localhost, and a client follows a link to its own origin only: it calls localhost too.
    private Task EveryPet(Func<HttpClient, IAsyncEnumerable<Pet>> all, [CallerMemberName] string scenario = "") => Run(async http =>
    {
        using var local = new HttpClient { BaseAddress = new UriBuilder(http.BaseAddress!) { Host = "localhost" }.Uri };
        var ids = new List<string>();
        await foreach (Pet pet in all(local))
        {
            ids.Add(pet.Id);
        }

        Assert.Equal(["1", "2", "3", "4"], ids);
    }, scenario);

        // Reads the first page and its continuation token, then the page the token leads to, each as the scenario documents.
    private Task TwoPages<T>(
        Func<HttpClient, Task<(T Page, string? Token)>> first,
        Func<HttpClient, string?, Task<T>> next,
        JsonTypeInfo<T> type,
        string? firstPage = null,
        [CallerMemberName] string scenario = "") => Run(async http =>
    {
        (T page, string? token) = await first(http);
        AssertRead(firstPage ?? ScenarioDocs.Body(scenario), page, type);
        AssertRead(ScenarioDocs.Body(scenario, 1), await next(http, token), type);
    }, scenario);
}

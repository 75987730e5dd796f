using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;
using Pages;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// Lists answered a page at a time (Specs/pages.yaml), against a server on 127.0.0.1 that serves three pages of two
/// items: …AllAsync yields every item in as many requests as there are pages, and no more than it needs; …PagesAsync
/// resumes from a page's token; a next page on another origin is refused.
/// </summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task A_Link_header_list_yields_every_item_in_one_request_per_page()
    {
        await using LoopbackServer server = await LinkedPagesAsync();
        using HttpClient http = server.CreateClient();

        List<Issue> issues = await ListAsync(new PagesClient(http).ListIssuesAllAsync(perPage: 2));

        Assert.Equal([1L, 2, 3, 4, 5, 6], issues.Select(issue => issue.Id));
        Assert.Equal(["/issues?per_page=2", "/issues?per_page=2&page=2", "/issues?per_page=2&page=3"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task The_per_call_options_go_with_every_page()
    {
        await using LoopbackServer server = await LinkedPagesAsync();
        using HttpClient http = server.CreateClient();

        await ListAsync(new PagesClient(http).ListIssuesAllAsync(perPage: 2, requestOptions: new RequestOptions { Headers = { ["X-Request-Id"] = "r-1" } }));

        Assert.Equal(["r-1", "r-1", "r-1"], server.Requests.Select(request => request.Headers["X-Request-Id"]));
    }

    [Fact]
    public void A_paged_list_has_no_Stream_method_that_would_read_its_first_page_only() =>
        Assert.Equal(["ListIssuesAllAsync", "ListIssuesAsync", "ListIssuesPagesAsync", "ListIssuesWithResponseAsync"],
            typeof(IPagesClient).GetMethods().Select(method => method.Name).Where(name => name.Contains("Issues", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Stopping_after_the_first_item_sends_one_request()
    {
        await using LoopbackServer server = await LinkedPagesAsync();
        using HttpClient http = server.CreateClient();

        await foreach (Issue issue in new PagesClient(http).ListIssuesAllAsync(perPage: 2))
        {
            Assert.Equal(1, issue.Id);
            break;
        }

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Pages_resume_from_a_pages_continuation_token()
    {
        await using LoopbackServer server = await LinkedPagesAsync();
        using HttpClient http = server.CreateClient();
        var client = new PagesClient(http);
        string? token = null;
        await foreach (Page<Issue> page in client.ListIssuesPagesAsync(perPage: 2))
        {
            token = page.ContinuationToken;
            break;
        }

        List<Page<Issue>> rest = await ListAsync(client.ListIssuesPagesAsync(perPage: 2, continuationToken: token));

        Assert.Equal([[3L, 4], [5L, 6]], rest.Select(page => page.Items.Select(issue => issue.Id)));
        Assert.Null(rest[^1].ContinuationToken);
        Assert.Equal(["/issues?per_page=2", "/issues?per_page=2&page=2", "/issues?per_page=2&page=3"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task A_next_page_on_another_origin_is_refused()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers["Link"] = "<https://elsewhere.example/issues?page=2>; rel=\"next\"";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""[{"id":1}]""");
        });
        using HttpClient http = server.CreateClient();

        (List<Issue> issues, InvalidOperationException refused) = await ListUntilThrownAsync<Issue, InvalidOperationException>(new PagesClient(http).ListIssuesAllAsync());

        Assert.Equal(1, Assert.Single(issues).Id);
        Assert.Contains("https://elsewhere.example", refused.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_x_ms_pageable_list_follows_its_nextLink()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            bool first = !context.Request.QueryString.HasValue;
            string next = first ? $"\"{context.Request.Scheme}://{context.Request.Host}/vaults?$skiptoken=2\"" : "null";
            await context.Response.WriteAsync($$"""{"value":[{"name":"{{(first ? "a" : "b")}}"}],"nextLink":{{next}}}""");
        });
        using HttpClient http = server.CreateClient();

        List<Vault> vaults = await ListAsync(new PagesClient(http).ListVaultsAllAsync());

        Assert.Equal(["a", "b"], vaults.Select(vault => vault.Name));
        Assert.Equal(["/vaults", "/vaults?$skiptoken=2"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task A_cursor_in_the_body_is_sent_back_as_its_query_parameter()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            string? cursor = context.Request.Query["cursor"];
            await context.Response.WriteAsync(cursor switch
            {
                null => """{"data":[{"id":1},{"id":2}],"next_cursor":"c2","total":3}""",
                "c2" => """{"data":[{"id":3}],"next_cursor":null,"total":3}""",
                _ => """{"data":[]}""",
            });
        });
        using HttpClient http = server.CreateClient();

        List<Issue> events = await ListAsync(new PagesClient(http).ListEventsAllAsync(limit: 2));

        Assert.Equal([1L, 2, 3], events.Select(issue => issue.Id));
        Assert.Equal(["/events?limit=2", "/events?cursor=c2&limit=2"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task Stripes_lists_go_on_after_the_last_items_id_while_more_follow()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync((string?)context.Request.Query["starting_after"] switch
            {
                null => """{"object":"list","url":"/v1/customers","has_more":true,"data":[{"id":"cus_1"},{"id":"cus_2"}]}""",
                "cus_2" => """{"object":"list","url":"/v1/customers","has_more":false,"data":[{"id":"cus_3"}]}""",
                _ => """{"object":"list","url":"/v1/customers","has_more":false,"data":[]}""",
            });
        });
        using HttpClient http = server.CreateClient();

        List<Customer> customers = await ListAsync(new PagesClient(http).ListCustomersAllAsync(limit: 2));

        Assert.Equal(["cus_1", "cus_2", "cus_3"], customers.Select(customer => customer.Id));
        Assert.Equal(["/v1/customers?limit=2", "/v1/customers?limit=2&starting_after=cus_2"], server.Requests.Select(request => request.PathAndQuery));
    }

    // Three pages of two issues, each linking to the next with an absolute URL, as GitHub does.
    private static Task<LoopbackServer> LinkedPagesAsync() =>
        LoopbackServer.StartAsync(async context =>
        {
            int page = int.TryParse(context.Request.Query["page"], out int number) ? number : 1;
            if (page < 3)
            {
                string origin = $"{context.Request.Scheme}://{context.Request.Host}";
                context.Response.Headers["Link"] = $"<{origin}/issues?per_page=2&page={page + 1}>; rel=\"next\", <{origin}/issues?per_page=2&page=3>; rel=\"last\"";
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""[{"id":{{(page * 2) - 1}}},{"id":{{page * 2}}}]""");
        });
}

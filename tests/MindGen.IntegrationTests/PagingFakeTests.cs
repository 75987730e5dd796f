using Pages;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// A fake serves a list a page at a time by the operation's own rule (Specs/pages.yaml: GitHub's Link header, Azure's
/// next link, a cursor, Stripe's starting_after), so the client's …AllAsync reads every item, one request a page.
/// </summary>
public sealed class PagingFakeTests
{
    [Fact]
    public async Task A_link_header_names_the_next_page()
    {
        var fake = new PagesClientFake();
        fake.ListIssues.ReturnsPages(Enumerable.Range(1, 5).Select(id => new Issue { Id = id }), pageSize: 2);

        List<Issue> issues = await ListAsync(fake.CreateClient().ListIssuesAllAsync(perPage: 2));

        Assert.Equal([1L, 2L, 3L, 4L, 5L], issues.Select(issue => issue.Id));
        Assert.Equal(3, fake.ListIssues.Calls.Count);
        Assert.Equal(2, fake.ListIssues.Calls[2].PerPage);
    }

    [Fact]
    public async Task A_next_link_a_cursor_and_the_last_items_id_name_it_in_the_body()
    {
        var fake = new PagesClientFake();
        fake.ListVaults.ReturnsPages(new[] { "a", "b", "c" }.Select(name => new Vault { Name = name }), pageSize: 2);
        fake.ListEvents.ReturnsPages(Enumerable.Range(1, 3).Select(id => new Issue { Id = id }), pageSize: 1);
        fake.ListCustomers.ReturnsPages(new[] { "cus_1", "cus_2", "cus_3" }.Select(id => new Customer { Id = id }), pageSize: 2);
        PagesClient client = fake.CreateClient();

        Assert.Equal(["a", "b", "c"], (await ListAsync(client.ListVaultsAllAsync())).Select(vault => vault.Name));
        Assert.Equal([1L, 2L, 3L], (await ListAsync(client.ListEventsAllAsync(limit: 1))).Select(issue => issue.Id));
        Assert.Equal(["cus_1", "cus_2", "cus_3"], (await ListAsync(client.ListCustomersAllAsync(limit: 2))).Select(customer => customer.Id));
        Assert.Equal((2, 3, 2), (fake.ListVaults.Calls.Count, fake.ListEvents.Calls.Count, fake.ListCustomers.Calls.Count));
        Assert.Equal("cus_2", fake.ListCustomers.Calls[1].StartingAfter);
    }

    [Fact]
    public void Pages_of_another_item_type_fail_at_the_stub()
    {
        var fake = new PagesClientFake();

        var violation = Assert.Throws<ContractViolationException>(() => fake.ListIssues.ReturnsPages([new Vault()], pageSize: 1));

        Assert.EndsWith("the spec's pages hold other items than Vault.", violation.Message);
    }
}

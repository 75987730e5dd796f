using System.Text;
using Enneo.Mind;
using Microsoft.Extensions.DependencyInjection;

namespace MindGen.IntegrationTests;

/// <summary>
/// The generated fake of the bundled Enneo spec (this project is a test project, so MindGenFake is on), called
/// through its client: defaults from the spec's example, stubs, typed calls, violations, strictness, faults, DI.
/// </summary>
public sealed class FakeTests
{
    [Fact]
    public async Task An_unstubbed_call_answers_with_the_specs_example()
    {
        var fake = new EnneoMindClientFake();

        IReadOnlyList<TicketWorklog> worklogs = await fake.CreateClient().GetTicketWorklogsAsync(8821);

        Assert.Equal([551L, 552L], worklogs.Select(worklog => worklog.Id));
        // The example writes null for a member; the reader's stand-in for null must not leak into it.
        Assert.Null(worklogs[1].CustomerExperience!.Csat);
    }

    [Fact]
    public async Task A_stub_answers_and_the_calls_are_recorded_typed()
    {
        var fake = new EnneoMindClientFake();
        fake.GetTicketWorklogs.Returns(call => [new TicketWorklog { Id = call.TicketId * 10, TicketId = call.TicketId }]);
        IEnneoMindClient client = fake.CreateClient(new EnneoMindClientOptions { BearerAuthToken = "t" });

        IReadOnlyList<TicketWorklog> worklogs = await client.GetTicketWorklogsAsync(7);
        await client.GetTicketWorklogsAsync(8);

        Assert.Equal(70, Assert.Single(worklogs).Id);
        Assert.Equal([7L, 8L], fake.GetTicketWorklogs.Calls.Select(call => call.TicketId));
        Assert.Equal("Bearer t", fake.GetTicketWorklogs.Calls[0].RequestHeaders["Authorization"]);
        Assert.Equal(2, fake.AllCalls.Count);
    }

    [Fact]
    public async Task A_setup_for_a_number_of_calls_answers_those_first()
    {
        var fake = new EnneoMindClientFake();
        fake.GetTicketWorklogs.Returns([]);
        fake.GetTicketWorklogs.Disconnects(times: 1);
        IEnneoMindClient client = fake.CreateClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetTicketWorklogsAsync(1));
        Assert.Empty(await client.GetTicketWorklogsAsync(1));
    }

    [Fact]
    public void Stubbing_a_status_the_spec_does_not_declare_fails_at_the_stub()
    {
        var fake = new EnneoMindClientFake();

        var violation = Assert.Throws<ContractViolationException>(() => fake.GetTicketWorklogs.Fails(418));

        Assert.Equal("GET /ticket/{ticketId}/worklog (getTicketWorklogs in enneo-mind-worklog.yaml): the spec declares no 418 response for this operation; it declares 200.", violation.Message);
    }

    [Fact]
    public async Task A_request_the_spec_does_not_allow_fails_naming_the_parameter_and_the_operation()
    {
        var fake = new EnneoMindClientFake();
        using HttpClient http = fake.CreateHttpClient();

        var badParameter = await Assert.ThrowsAsync<ContractViolationException>(() => http.GetAsync("ticket/abc/worklog"));
        var badMethod = await Assert.ThrowsAsync<ContractViolationException>(() => http.DeleteAsync("ticket/1/worklog"));
        var badPath = await Assert.ThrowsAsync<ContractViolationException>(() => http.GetAsync("tickets"));

        Assert.Equal("GET /ticket/{ticketId}/worklog (getTicketWorklogs in enneo-mind-worklog.yaml): the path parameter 'ticketId' must be an integer (int64); it was 'abc'.", badParameter.Message);
        Assert.Equal("DELETE /api/mind/ticket/1/worklog: enneo-mind-worklog.yaml has no DELETE operation on /ticket/{ticketId}/worklog; it has GET.", badMethod.Message);
        Assert.Equal("GET /api/mind/tickets: no operation of enneo-mind-worklog.yaml has this path. Its paths: /ticket/{ticketId}/worklog.", badPath.Message);
        Assert.Empty(fake.AllCalls);
    }

    [Fact]
    public async Task A_strict_fake_fails_a_call_without_a_stub()
    {
        var fake = new EnneoMindClientFake { Strict = true };

        var violation = await Assert.ThrowsAsync<ContractViolationException>(() => fake.CreateClient().GetTicketWorklogsAsync(1));

        Assert.EndsWith("the fake is strict and this operation has no stub.", violation.Message);
    }

    [Fact]
    public async Task The_registered_client_is_answered_by_the_fake()
    {
        var fake = new EnneoMindClientFake();
        fake.GetTicketWorklogs.Returns([new TicketWorklog { Id = 1 }]);
        var services = new ServiceCollection();
        services.AddEnneoMindClient().UseFake(fake);

        await using ServiceProvider provider = services.BuildServiceProvider();
        IReadOnlyList<TicketWorklog> worklogs = await provider.GetRequiredService<IEnneoMindClient>().GetTicketWorklogsAsync(3);

        Assert.Equal(1, Assert.Single(worklogs).Id);
        Assert.Equal(3, Assert.Single(fake.GetTicketWorklogs.Calls).TicketId);
    }

    [Fact]
    public async Task Injected_faults_are_the_same_for_the_same_seed()
    {
        async Task<string> RunAsync(int seed)
        {
            var fake = new EnneoMindClientFake();
            fake.InjectFaults(0.5, seed);
            IEnneoMindClient client = fake.CreateClient();
            var outcomes = new StringBuilder();
            for (int i = 0; i < 24; i++)
            {
                try
                {
                    await client.GetTicketWorklogsAsync(i);
                    outcomes.Append('.');
                }
                catch (Exception exception)
                {
                    outcomes.Append(exception switch
                    {
                        ApiException { StatusCode: 503 } => '5',
                        ApiException => 'J',
                        HttpRequestException => 'X',
                        _ => '?',
                    });
                }
            }

            return outcomes.ToString();
        }

        string first = await RunAsync(42);

        Assert.Equal(first, await RunAsync(42));
        Assert.NotEqual(first, await RunAsync(43));
        Assert.Contains('.', first);
        Assert.DoesNotContain('?', first);
        Assert.True(first.Distinct().Count() >= 3, first);
    }

    [Fact]
    public async Task A_delay_is_cut_short_by_the_callers_timeout()
    {
        var fake = new EnneoMindClientFake();
        fake.GetTicketWorklogs.Delays(TimeSpan.FromSeconds(30));

        var timeout = await Assert.ThrowsAsync<TaskCanceledException>(() => fake.CreateClient().GetTicketWorklogsAsync(1, requestOptions: new RequestOptions { Timeout = TimeSpan.FromMilliseconds(50) }));

        Assert.IsType<TimeoutException>(timeout.InnerException);
    }
}

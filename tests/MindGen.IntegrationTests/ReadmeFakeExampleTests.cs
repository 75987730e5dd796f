using Enneo.Mind;

namespace MindGen.IntegrationTests;

// README.md's "Testing code that calls an API" shows this file from the code under test to the end; a test in
// MindGen.Generator.Tests (ReadmeTests) holds the two to each other.
// readme-example:begin
// The code under test takes the client's interface: production passes the client, a test the fake's.
public sealed class WorklogReport(IEnneoMindClient enneo)
{
    public async Task<long> MinutesAsync(long ticketId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<TicketWorklog> worklogs = await enneo.GetTicketWorklogsAsync(ticketId, cancellationToken);
        return worklogs.Sum(worklog => worklog.Time?.Duration ?? 0) / 60;
    }
}

public sealed class WorklogReportTests
{
    [Fact]
    public async Task Sums_the_minutes_of_a_tickets_worklogs()
    {
        var enneo = new EnneoMindClientFake();
        enneo.GetTicketWorklogs.Returns(
        [
            new TicketWorklog { Id = 1, Time = new WorklogTime { Duration = 480 } },
            new TicketWorklog { Id = 2, Time = new WorklogTime { Duration = 120 } },
        ]);

        long minutes = await new WorklogReport(enneo.CreateClient()).MinutesAsync(8821);

        Assert.Equal(10, minutes);
        Assert.Equal(8821, Assert.Single(enneo.GetTicketWorklogs.Calls).TicketId);
    }

    [Fact]
    public async Task Works_with_the_specs_own_example()
    {
        // Without a stub, the fake answers with the example the spec gives (two worklogs of 480 s and 360 s).
        long minutes = await new WorklogReport(new EnneoMindClientFake().CreateClient()).MinutesAsync(8821);

        Assert.Equal(14, minutes);
    }

    [Fact]
    public async Task Fails_as_the_network_does()
    {
        var enneo = new EnneoMindClientFake();
        enneo.GetTicketWorklogs.Disconnects();

        await Assert.ThrowsAsync<HttpRequestException>(() => new WorklogReport(enneo.CreateClient()).MinutesAsync(8821));
    }
}
// readme-example:end

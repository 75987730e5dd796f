using Enneo.Mind;
using WorklogReport;

// Usage: WorklogReport [--ticket ID] [--base-url URL --token TOKEN]
// Without --base-url, a built-in server on 127.0.0.1 answers with the spec's example worklogs.
var arguments = CommandLine.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("usage: WorklogReport [--ticket ID] [--base-url URL] [--token TOKEN (or ENNEO_TOKEN)]");
    return 2;
}

await using DemoServer? server = arguments.BaseUrl is null ? DemoServer.Start() : null;
Uri baseAddress = server?.BaseAddress ?? arguments.BaseUrl!;
string? token = arguments.Token ?? (server is null ? Environment.GetEnvironmentVariable("ENNEO_TOKEN") : DemoServer.Token);

using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
var client = new EnneoMindClient(http, new EnneoMindClientOptions { BearerAuthToken = token });

Console.WriteLine($"Worklogs of ticket {arguments.TicketId} from {baseAddress}");
try
{
    IReadOnlyList<TicketWorklog> worklogs = await client.GetTicketWorklogsAsync(arguments.TicketId);
    Console.Write(WorklogPrinter.Format(worklogs));
    return 0;
}
catch (ApiException exception)
{
    Console.Error.WriteLine($"{exception.Message} (HTTP {exception.StatusCode})");
    return 1;
}
catch (HttpRequestException exception)
{
    Console.Error.WriteLine($"Could not reach {baseAddress}: {exception.Message}");
    return 1;
}

namespace WorklogReport;

/// <summary>The sample's arguments: which ticket, and optionally a real Enneo instance to ask.</summary>
internal sealed record CommandLine(long TicketId, Uri? BaseUrl, string? Token)
{
    public static CommandLine? Parse(string[] args)
    {
        long ticketId = 8821;
        Uri? baseUrl = null;
        string? token = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--ticket" when long.TryParse(value, out ticketId):
                case "--token" when (token = value) is not null:
                case "--base-url" when Uri.TryCreate(value, UriKind.Absolute, out baseUrl):
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return new CommandLine(ticketId, baseUrl, token);
    }
}

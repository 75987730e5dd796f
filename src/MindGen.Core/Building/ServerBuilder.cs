using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Building;

/// <summary>
/// Where the API is: the first absolute server URL (variables at their defaults), and the variables of the first
/// server as options, so that <c>{endpoint}</c> or <c>https://{region}.example.com</c> is a setting, not a URL built by hand.
/// </summary>
internal static class ServerBuilder
{
    private static readonly Regex Variable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    public static ServerModel? Build(BuildContext context)
    {
        IList<OpenApiServer> servers = context.Document.Servers?.Where(server => server?.Url is not null).ToList() ?? [];
        if (servers.Count == 0)
        {
            return null;
        }

        OpenApiServer first = servers[0];
        IDictionary<string, OpenApiServerVariable> declared = first.Variables ?? new Dictionary<string, OpenApiServerVariable>();
        var variables = new List<ServerVariableModel>();
        var url = new List<PathPart>();
        int at = 0;
        foreach (Match match in Variable.Matches(first.Url!))
        {
            url.Add(new PathPart(first.Url!.Substring(at, match.Index - at), IsParameter: false));
            at = match.Index + match.Length;
            string name = match.Groups[1].Value;
            ServerVariableModel? variable = variables.FirstOrDefault(v => v.Name == name);
            if (variable is null)
            {
                declared.TryGetValue(name, out OpenApiServerVariable? spec);
                string property = context.OptionsMemberNames.Take(Identifier.ToPascalCase(name) is { Length: > 0 } pascal ? pascal : "ServerVariable");
                variable = new ServerVariableModel(name, property, spec?.Default ?? string.Empty, (spec?.Enum ?? []).ToEquatableArray(), spec?.Description);
                variables.Add(variable);
            }

            url.Add(new PathPart(variable.PropertyName, IsParameter: true));
        }

        url.Add(new PathPart(first.Url!.Substring(at), IsParameter: false));
        return new ServerModel(DefaultUrl(servers), url.Where(part => part.IsParameter || part.Text.Length > 0).ToEquatableArray(), variables.ToEquatableArray());
    }

    // The first server whose URL, with every variable at its default, is an absolute http(s) URL.
    private static string? DefaultUrl(IEnumerable<OpenApiServer> servers)
    {
        foreach (OpenApiServer server in servers)
        {
            string url = server.Url!;
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
            }

            if (Uri.TryCreate(url, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == "http" || absolute.Scheme == "https"))
            {
                return absolute.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? absolute.AbsoluteUri : absolute.AbsoluteUri + "/";
            }
        }

        return null;
    }
}

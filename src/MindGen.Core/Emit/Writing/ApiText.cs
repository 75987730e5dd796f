using System;
using System.Text;
using MindGen.Model;

namespace MindGen.Emit.Writing;

/// <summary>Words about the API that several generated files use, decided once.</summary>
internal static class ApiText
{
    /// <summary>
    /// How the docs name the API, XML-escaped: its title with "API" after it, unless the title says so
    /// already (<c>enneo.MIND API</c>, not <c>enneo.MIND API API</c>); the client's name when it has no title.
    /// </summary>
    public static string Name(ApiDescription api)
    {
        string title = (api.Title ?? api.ClientName).Trim();
        bool namesItself = title.EndsWith(" API", StringComparison.OrdinalIgnoreCase) || title.Equals("API", StringComparison.OrdinalIgnoreCase);
        return XmlDoc.Escape(namesItself ? title : title + " API");
    }

    /// <summary>
    /// What the client says it is in <c>User-Agent</c>: <c>&lt;title&gt;/&lt;version&gt; MindGen/&lt;version&gt;</c>, the
    /// API's title and version made RFC 9110 tokens (<c>Enneo-Mind-API/1.0 MindGen/0.1.0</c>).
    /// </summary>
    public static string UserAgent(ApiDescription api)
    {
        string product = Token(api.Title) is { Length: > 0 } title ? title : api.ClientName;
        string version = Token(api.Version) is { Length: > 0 } given ? given : "0";
        return $"{product}/{version} MindGen/{ThisAssembly.Version}";
    }

    // A token's characters kept (RFC 9110's tchar), every run of others one '-'.
    private static string Token(string? text)
    {
        var token = new StringBuilder();
        foreach (char c in text ?? string.Empty)
        {
            bool kept = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (kept)
            {
                token.Append(c);
            }
            else if (token.Length > 0 && token[token.Length - 1] != '-')
            {
                token.Append('-');
            }
        }

        return token.ToString().Trim('-');
    }
}

using System;
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
}

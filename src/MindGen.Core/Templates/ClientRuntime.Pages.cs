// Template: the part of a client's runtime class (<Client>Runtime) that walks a list answered a page at a time: the
// next page named by an RFC 8288 Link header, by a link in the body, or by a cursor. Emitted only for a spec with
// such a list. Not compiled into MindGen itself; a test compiles it with the other templates (TemplateTests).
#nullable enable

namespace MindGen.Templates;

internal static partial class ClientRuntime
{
    /// <summary>
    /// Yields the pages of a list, each read when the one before it has been: <paramref name="send"/> sends the
    /// request for the page a token names (null: the first). The token of the next page is the <c>Link</c> header's
    /// <c>rel="next"</c>, or what <paramref name="next"/> reads from the body; the list ends at a page without one (or
    /// one that names itself again).
    /// </summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.Page<TItem>> PagesAsync<TBody, TItem>(global::System.Func<string?, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage>> send, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TBody> typeInfo, global::System.Func<TBody, global::System.Collections.Generic.IReadOnlyList<TItem>?> items, global::System.Func<TBody, string?>? next, string? continuationToken, string operationId, string expected, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        string? token = continuationToken;
        do
        {
            TBody body;
            string? following;
            using (global::System.Net.Http.HttpResponseMessage response = await send(token, cancellationToken).ConfigureAwait(false))
            {
                body = await ReadJsonAsync(response, typeInfo, allowNull: false, operationId, expected, cancellationToken).ConfigureAwait(false);
                following = next is null ? NextLink(response) : next(body);
            }

            token = string.IsNullOrEmpty(following) || following == token ? null : following;
            yield return new global::MindGen.Templates.Page<TItem>(items(body) ?? global::System.Array.Empty<TItem>(), token);
        }
        while (token is not null);
    }

    /// <summary>Yields the items of every page, reading each page when the items before it have been read.</summary>
    public static async global::System.Collections.Generic.IAsyncEnumerable<T> ItemsAsync<T>(global::System.Collections.Generic.IAsyncEnumerable<global::MindGen.Templates.Page<T>> pages, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        await foreach (global::MindGen.Templates.Page<T> page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.WithCancellation(pages, cancellationToken).ConfigureAwait(false))
        {
            for (int i = 0; i < page.Items.Count; i++)
            {
                yield return page.Items[i];
            }
        }
    }

    /// <summary>
    /// The address of a page a link names, resolved against the client's base address; a link to another origin
    /// (scheme, host, port) is refused: the next page must not carry the client's credentials elsewhere.
    /// </summary>
    public static global::System.Uri PageUri(global::System.Uri? optionsBaseAddress, global::System.Net.Http.HttpClient httpClient, string link, string operationId)
    {
        global::System.Uri baseAddress = BaseAddress(optionsBaseAddress, httpClient);
        global::System.Uri page = new global::System.Uri(baseAddress, link);
        if (global::System.Uri.Compare(page, baseAddress, global::System.UriComponents.SchemeAndServer, global::System.UriFormat.UriEscaped, global::System.StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new global::System.InvalidOperationException("Operation '" + operationId + "' named its next page at '" + page.GetLeftPart(global::System.UriPartial.Authority) + "', another origin than the client's (" + baseAddress.GetLeftPart(global::System.UriPartial.Authority) + "): it is not sent.");
        }

        return page;
    }

    // The target of the Link header's rel="next" (RFC 8288: `<https://…?page=2>; rel="next", <…>; rel="last"`).
    private static string? NextLink(global::System.Net.Http.HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out global::System.Collections.Generic.IEnumerable<string>? values))
        {
            return null;
        }

        foreach (string value in values)
        {
            int start = value.IndexOf('<');
            while (start >= 0)
            {
                int end = value.IndexOf('>', start);
                if (end < 0)
                {
                    break;
                }

                // The link's parameters run to the next link, after the comma that separates them.
                int following = value.IndexOf('<', end);
                string parameters = (following < 0 ? value.Substring(end + 1) : value.Substring(end + 1, following - end - 1)).Trim().TrimEnd(',');
                if (IsNext(parameters))
                {
                    return value.Substring(start + 1, end - start - 1);
                }

                start = following;
            }
        }

        return null;
    }

    // Whether a link's parameters (`; rel="next last"; title=…`) name the next page.
    private static bool IsNext(string parameters)
    {
        foreach (string parameter in parameters.Split(';'))
        {
            int equals = parameter.IndexOf('=');
            if (equals > 0 && parameter.Substring(0, equals).Trim().Equals("rel", global::System.StringComparison.OrdinalIgnoreCase))
            {
                foreach (string relation in parameter.Substring(equals + 1).Trim().Trim('"').Split(' '))
                {
                    if (relation.Equals("next", global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

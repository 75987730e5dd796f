using System;
using System.Collections.Generic;
using System.Linq;
using MindGen.Model;

namespace MindGen.Emit.Fake;

/// <summary>A response a fake knows of an operation: its key, media type, JSON body type, and the bodies it answers with when no stub gives one.</summary>
/// <param name="Example">The spec's example (the success's), else one built from the schema with the members' examples.</param>
/// <param name="Sample">A body built from the schema alone, to fall back on when the example does not match the schema; null when it is the example.</param>
public sealed record FakeResponseFacts(string Status, string? MediaType, TypeRef? Body, string? Example, string? Sample);

/// <summary>The stream of items an operation's success may be, framed as <paramref name="Format"/> (<c>sse</c>, <c>jsonl</c>, <c>json-seq</c>).</summary>
/// <param name="Item">The JSON type of an item; null when an item is text.</param>
/// <param name="Sample">One item a fake streams when no stub gives any.</param>
public sealed record FakeStreamFacts(string Format, string MediaType, TypeRef? Item, string? Terminator, string Sample);

/// <summary>How a list goes a page at a time, in the wire's names: the fake's <c>ReturnsPages</c> follows it.</summary>
/// <param name="Kind"><c>link-header</c>, <c>next-link</c>, <c>cursor</c> or <c>after-last-item</c>.</param>
/// <param name="Item">What a page holds a list of.</param>
/// <param name="BodySample">A page body the schema allows, which the items and the next page's name go into; null when the body is the list.</param>
public sealed record FakePagingFacts(string Kind, TypeRef Item, string? ItemsMember, string? NextMember, string? CursorParameter, string? ItemIdMember, string? BodySample);

/// <summary>
/// What a fake serves for each operation, worked out once for the generated fakes (which write it as code) and for
/// <c>mindgen mock</c> (which serves it as it is): the declared responses, the stream, and the order requests are
/// routed in.
/// </summary>
public static class FakeResponses
{
    /// <summary>Every response the operation declares: the success with its body, errors with theirs, the rest without.</summary>
    public static IReadOnlyList<FakeResponseFacts> Of(OperationModel operation, SampleJson samples)
    {
        ResponseModel response = operation.Response;
        string success = response.Statuses.FirstOrDefault(status => status.StartsWith("2", StringComparison.Ordinal)) ?? string.Empty;
        var declared = new List<FakeResponseFacts>();
        foreach (string status in response.Statuses)
        {
            (string? mediaType, TypeRef? body, string? example) = status == success ? response.Kind switch
            {
                // The media type the request asks for first is the success body's (ResponseBuilder.Accept).
                BodyKind.Json when response.BodyType is { } type => (response.Accept.FirstOrDefault() ?? "application/json", type, response.ExampleJson),
                BodyKind.Text => (response.Accept.FirstOrDefault() ?? "text/plain", null, null),
                _ => (null, null, null),
            }
                : response.Errors.FirstOrDefault(error => Covers(error.Status, status)) is { } error ? (error.MediaType, error.BodyType, null)
                : (null, null, null);
            if (body is null)
            {
                declared.Add(new FakeResponseFacts(status, mediaType, null, null, null));
                continue;
            }

            // Without any example in the spec both bodies are the same: the fallback is left out (GitHub: 2,514 of 3,437).
            string chosen = example ?? samples.Of(body, examples: true);
            string fallback = samples.Of(body, examples: false);
            declared.Add(new FakeResponseFacts(status, mediaType, body, chosen, fallback == chosen ? null : fallback));
        }

        return declared;
    }

    /// <summary>How the operation's stream is framed; null without one, and for named events and watches (which a stub gives whole).</summary>
    public static FakeStreamFacts? Stream(OperationModel operation, SampleJson samples)
    {
        if (operation.Response.Events is not { Union: null, IsWatch: false } events)
        {
            return null;
        }

        string format = events.Format switch
        {
            EventStreamFormat.ServerSentEvents => "sse",
            EventStreamFormat.JsonSequence => "json-seq",
            _ => "jsonl",
        };
        return events.ItemIsJson
            ? new FakeStreamFacts(format, events.MediaType, events.ItemType, events.Terminator, samples.Of(events.ItemType, examples: true))
            : new FakeStreamFacts(format, events.MediaType, null, events.Terminator, "text");
    }

    /// <summary>How the operation's list goes a page at a time; null when it is answered whole.</summary>
    public static FakePagingFacts? Paging(OperationModel operation, ApiDescription api, SampleJson samples)
    {
        if (operation.Pagination is not { } paging || operation.Response.BodyType is not { } body)
        {
            return null;
        }

        string kind = paging.Kind switch
        {
            PaginationKind.LinkHeader => "link-header",
            PaginationKind.NextLink => "next-link",
            PaginationKind.Cursor => "cursor",
            _ => "after-last-item",
        };
        ObjectModel? page = Model(api, body);
        return new FakePagingFacts(
            kind,
            paging.ItemType with { IsNullable = false },
            JsonName(page, paging.ItemsProperty),
            JsonName(page, paging.NextProperty),
            operation.Parameters.FirstOrDefault(parameter => parameter.Name == paging.CursorParameter)?.WireName,
            JsonName(Model(api, paging.ItemType), paging.ItemIdProperty),
            page is null ? null : samples.Of(body, examples: false));
    }

    /// <summary>
    /// The order a fake tries operations in: a request goes to the first whose template ends its path, so templates
    /// with more literal segments come first (<c>/pets/mine</c> before <c>/pets/{id}</c>), then longer ones, then the spec's order.
    /// </summary>
    public static IEnumerable<OperationModel> RoutingOrder(IEnumerable<OperationModel> operations) =>
        operations.Select((operation, index) => (operation, index, segments: operation.PathTemplate.Split('/')))
            .OrderByDescending(entry => entry.segments.Count(segment => segment.Length > 0 && segment.IndexOf('{') < 0))
            .ThenByDescending(entry => entry.segments.Length)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.operation);

    private static ObjectModel? Model(ApiDescription api, TypeRef type) =>
        type is ModelTypeRef reference ? api.Models.FirstOrDefault(model => model.Name == reference.Name) : null;

    private static string? JsonName(ObjectModel? model, string? property) =>
        property is null ? null : model?.Properties.FirstOrDefault(member => member.Name == property)?.JsonName;

    private static bool Covers(StatusPattern pattern, string status) => pattern.Kind switch
    {
        StatusPatternKind.Exact => status == pattern.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StatusPatternKind.Class => status.Length == 3 && status[0] - '0' == pattern.Value && char.ToUpperInvariant(status[1]) == 'X',
        _ => status == "default",
    };
}

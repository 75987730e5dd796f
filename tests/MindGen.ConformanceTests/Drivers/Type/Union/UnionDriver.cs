using Conformance.Infrastructure;
using Conformance.Type.Union;

namespace Conformance.Drivers.Type.Union;

/// <summary>Non-discriminated unions (enums, numbers, literals, models, arrays and mixes of them) read and sent as the scenario writes them.</summary>
public sealed class UnionDriver(Spector spector) : Driver(spector)
{
    private static UnionJsonContext Json => UnionJsonContext.Default;

    private static UnionClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Union_EnumsOnly_get() => Reads(http => Client(http).EnumsOnlyGetAsync(), Json.EnumsOnlyGetResponse);
    [Scenario] public Task Type_Union_EnumsOnly_send() => Sends((http, body) => Client(http).EnumsOnlySendAsync(body), Json.EnumsOnlySendRequest);
    [Scenario] public Task Type_Union_FloatsOnly_get() => Reads(http => Client(http).FloatsOnlyGetAsync(), Json.FloatsOnlyGetResponse);
    [Scenario] public Task Type_Union_FloatsOnly_send() => Sends((http, body) => Client(http).FloatsOnlySendAsync(body), Json.FloatsOnlySendRequest);
    [Scenario] public Task Type_Union_IntsOnly_get() => Reads(http => Client(http).IntsOnlyGetAsync(), Json.IntsOnlyGetResponse);
    [Scenario] public Task Type_Union_IntsOnly_send() => Sends((http, body) => Client(http).IntsOnlySendAsync(body), Json.IntsOnlySendRequest);
    [Scenario] public Task Type_Union_MixedLiterals_get() => Reads(http => Client(http).MixedLiteralsGetAsync(), Json.MixedLiteralsGetResponse);
    [Scenario] public Task Type_Union_MixedLiterals_send() => Sends((http, body) => Client(http).MixedLiteralsSendAsync(body), Json.MixedLiteralsSendRequest);
    [Scenario] public Task Type_Union_MixedTypes_get() => Reads(http => Client(http).MixedTypesGetAsync(), Json.MixedTypesGetResponse);
    [Scenario] public Task Type_Union_MixedTypes_send() => Sends((http, body) => Client(http).MixedTypesSendAsync(body), Json.MixedTypesSendRequest);
    [Scenario] public Task Type_Union_ModelsOnly_get() => Reads(http => Client(http).ModelsOnlyGetAsync(), Json.ModelsOnlyGetResponse);
    [Scenario] public Task Type_Union_ModelsOnly_send() => Sends((http, body) => Client(http).ModelsOnlySendAsync(body), Json.ModelsOnlySendRequest);
    [Scenario] public Task Type_Union_StringAndArray_get() => Reads(http => Client(http).StringAndArrayGetAsync(), Json.StringAndArrayGetResponse);
    [Scenario] public Task Type_Union_StringAndArray_send() => Sends((http, body) => Client(http).StringAndArraySendAsync(body), Json.StringAndArraySendRequest);
    [Scenario] public Task Type_Union_StringExtensible_get() => Reads(http => Client(http).StringExtensibleGetAsync(), Json.StringExtensibleGetResponse);
    [Scenario] public Task Type_Union_StringExtensible_send() => Sends((http, body) => Client(http).StringExtensibleSendAsync(body), Json.StringExtensibleSendRequest);
    [Scenario] public Task Type_Union_StringExtensibleNamed_get() => Reads(http => Client(http).StringExtensibleNamedGetAsync(), Json.StringExtensibleNamedGetResponse);
    [Scenario] public Task Type_Union_StringExtensibleNamed_send() => Sends((http, body) => Client(http).StringExtensibleNamedSendAsync(body), Json.StringExtensibleNamedSendRequest);
    [Scenario] public Task Type_Union_StringsOnly_get() => Reads(http => Client(http).StringsOnlyGetAsync(), Json.StringsOnlyGetResponse);
    [Scenario] public Task Type_Union_StringsOnly_send() => Sends((http, body) => Client(http).StringsOnlySendAsync(body), Json.StringsOnlySendRequest);
}

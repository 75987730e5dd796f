using System.Text.Json;
using Conformance.Infrastructure;
using Conformance.Type.Dictionary;

namespace Conformance.Drivers.Type;

/// <summary>Maps of every value type: each read as the scenario's object, and sent back as it.</summary>
public sealed class DictionaryDriver(Spector spector) : Driver(spector)
{
    private static readonly DateTimeOffset Moment = new(2022, 8, 26, 18, 38, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = new(123, 22, 14, 12, 11);

    // The server is JavaScript: its "0x7fffffffffffffff" is Number.MAX_SAFE_INTEGER.
    private const long MaxSafeInteger = 9007199254740991;

    private static DictionaryClient Client(HttpClient http) => new(http);

    private static Dictionary<string, T> Map<T>(params T[] values) => values.Select((value, index) => ($"k{index + 1}", value)).ToDictionary();

    private static void Same<T>(IReadOnlyDictionary<string, T> expected, IReadOnlyDictionary<string, T> actual) =>
        Assert.Equal(expected.OrderBy(entry => entry.Key), actual.OrderBy(entry => entry.Key));

    [Scenario] public Task Type_Dictionary_BooleanValue_get() => Run(async http => Same(Map(true, false), await Client(http).BooleanValueGetAsync()));
    [Scenario] public Task Type_Dictionary_BooleanValue_put() => Run(http => Client(http).BooleanValuePutAsync(Map(true, false)));
    [Scenario] public Task Type_Dictionary_DatetimeValue_get() => Run(async http => Same(Map(Moment), await Client(http).DatetimeValueGetAsync()));
    [Scenario] public Task Type_Dictionary_DatetimeValue_put() => Run(http => Client(http).DatetimeValuePutAsync(Map(Moment)));
    [Scenario] public Task Type_Dictionary_DurationValue_get() => Run(async http => Same(Map(Duration), await Client(http).DurationValueGetAsync()));
    [Scenario] public Task Type_Dictionary_DurationValue_put() => Run(http => Client(http).DurationValuePutAsync(Map(Duration)));
    [Scenario] public Task Type_Dictionary_Float32Value_get() => Run(async http => Same(Map(43.125f), await Client(http).Float32ValueGetAsync()));
    [Scenario] public Task Type_Dictionary_Float32Value_put() => Run(http => Client(http).Float32ValuePutAsync(Map(43.125f)));
    [Scenario] public Task Type_Dictionary_Int32Value_get() => Run(async http => Same(Map(1, 2), await Client(http).Int32ValueGetAsync()));
    [Scenario] public Task Type_Dictionary_Int32Value_put() => Run(http => Client(http).Int32ValuePutAsync(Map(1, 2)));
    [Scenario] public Task Type_Dictionary_Int64Value_get() => Run(async http => Same(Map(MaxSafeInteger, -MaxSafeInteger), await Client(http).Int64ValueGetAsync()));
    [Scenario] public Task Type_Dictionary_Int64Value_put() => Run(http => Client(http).Int64ValuePutAsync(Map(MaxSafeInteger, -MaxSafeInteger)));
    [Scenario] public Task Type_Dictionary_StringValue_get() => Run(async http => Same(Map("hello", ""), await Client(http).StringValueGetAsync()));
    [Scenario] public Task Type_Dictionary_StringValue_put() => Run(http => Client(http).StringValuePutAsync(Map("hello", "")));
    [Scenario] public Task Type_Dictionary_NullableFloatValue_get() => Run(async http => Same(Map<float?>(1.25f, 0.5f, null), await Client(http).NullableFloatValueGetAsync()));
    [Scenario] public Task Type_Dictionary_NullableFloatValue_put() => Run(http => Client(http).NullableFloatValuePutAsync(Map<float?>(1.25f, 0.5f, null)));

    [Scenario]
    public Task Type_Dictionary_ModelValue_get() => Run(async http =>
        Same(Map("hello", "world"), (await Client(http).ModelValueGetAsync()).ToDictionary(entry => entry.Key, entry => entry.Value.Property)));

    [Scenario]
    public Task Type_Dictionary_ModelValue_put() => Run(http => Client(http).ModelValuePutAsync(Map(new InnerModel { Property = "hello" }, new InnerModel { Property = "world" })));

    [Scenario]
    public Task Type_Dictionary_RecursiveModelValue_get() => Run(async http =>
    {
        IReadOnlyDictionary<string, InnerModel> read = await Client(http).RecursiveModelValueGetAsync();
        Assert.Equal(("hello", 0), (read["k1"].Property, read["k1"].Children!.Count));
        Assert.Equal(("world", "inner world"), (read["k2"].Property, read["k2"].Children!["k2.1"].Property));
    });

    [Scenario]
    public Task Type_Dictionary_RecursiveModelValue_put() => Run(http => Client(http).RecursiveModelValuePutAsync(new Dictionary<string, InnerModel>
    {
        ["k1"] = new() { Property = "hello", Children = new Dictionary<string, InnerModel>() },
        ["k2"] = new() { Property = "world", Children = new Dictionary<string, InnerModel> { ["k2.1"] = new() { Property = "inner world" } } },
    }));

    [Scenario]
    public Task Type_Dictionary_UnknownValue_get() => Run(async http =>
        Assert.Equal("{\"k1\":1,\"k2\":\"hello\",\"k3\":null}", JsonSerializer.Serialize(await Client(http).UnknownValueGetAsync(), DictionaryJsonContext.Default.IReadOnlyDictionaryStringJsonElement)));

    [Scenario]
    public Task Type_Dictionary_UnknownValue_put() => Run(http =>
        Client(http).UnknownValuePutAsync(JsonSerializer.Deserialize("{\"k1\":1,\"k2\":\"hello\",\"k3\":null}", DictionaryJsonContext.Default.IReadOnlyDictionaryStringJsonElement)!));
}

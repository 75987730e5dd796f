using System.Text.Json;
using Conformance.Infrastructure;
using Conformance.Type.Array;

namespace Conformance.Drivers.Type;

/// <summary>Arrays of every value type: each read as the scenario's list, and sent back as it.</summary>
public sealed class ArrayDriver(Spector spector) : Driver(spector)
{
    private static readonly DateTimeOffset Moment = new(2022, 8, 26, 18, 38, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = new(123, 22, 14, 12, 11);

    // The server is JavaScript: its "0x7fffffffffffffff" is Number.MAX_SAFE_INTEGER.
    private const long MaxSafeInteger = 9007199254740991;

    private static ArrayClient Client(HttpClient http) => new(http);

    [Scenario] public Task Type_Array_BooleanValue_get() => Run(async http => Assert.Equal([true, false], await Client(http).BooleanValueGetAsync()));
    [Scenario] public Task Type_Array_BooleanValue_put() => Run(http => Client(http).BooleanValuePutAsync([true, false]));
    [Scenario] public Task Type_Array_DatetimeValue_get() => Run(async http => Assert.Equal([Moment], await Client(http).DatetimeValueGetAsync()));
    [Scenario] public Task Type_Array_DatetimeValue_put() => Run(http => Client(http).DatetimeValuePutAsync([Moment]));
    [Scenario] public Task Type_Array_DurationValue_get() => Run(async http => Assert.Equal([Duration], await Client(http).DurationValueGetAsync()));
    [Scenario] public Task Type_Array_DurationValue_put() => Run(http => Client(http).DurationValuePutAsync([Duration]));
    [Scenario] public Task Type_Array_Float32Value_get() => Run(async http => Assert.Equal([43.125f], await Client(http).Float32ValueGetAsync()));
    [Scenario] public Task Type_Array_Float32Value_put() => Run(http => Client(http).Float32ValuePutAsync([43.125f]));
    [Scenario] public Task Type_Array_Int32Value_get() => Run(async http => Assert.Equal([1, 2], await Client(http).Int32ValueGetAsync()));
    [Scenario] public Task Type_Array_Int32Value_put() => Run(http => Client(http).Int32ValuePutAsync([1, 2]));
    [Scenario] public Task Type_Array_Int64Value_get() => Run(async http => Assert.Equal([MaxSafeInteger, -MaxSafeInteger], await Client(http).Int64ValueGetAsync()));
    [Scenario] public Task Type_Array_Int64Value_put() => Run(http => Client(http).Int64ValuePutAsync([MaxSafeInteger, -MaxSafeInteger]));
    [Scenario] public Task Type_Array_StringValue_get() => Run(async http => Assert.Equal(["hello", ""], await Client(http).StringValueGetAsync()));
    [Scenario] public Task Type_Array_StringValue_put() => Run(http => Client(http).StringValuePutAsync(["hello", ""]));

    [Scenario] public Task Type_Array_NullableBooleanValue_get() => Run(async http => Assert.Equal([true, null, false], await Client(http).NullableBooleanValueGetAsync()));
    [Scenario] public Task Type_Array_NullableBooleanValue_put() => Run(http => Client(http).NullableBooleanValuePutAsync([true, null, false]));
    [Scenario] public Task Type_Array_NullableFloatValue_get() => Run(async http => Assert.Equal([1.25f, null, 3.0f], await Client(http).NullableFloatValueGetAsync()));
    [Scenario] public Task Type_Array_NullableFloatValue_put() => Run(http => Client(http).NullableFloatValuePutAsync([1.25f, null, 3.0f]));
    [Scenario] public Task Type_Array_NullableInt32Value_get() => Run(async http => Assert.Equal([1, null, 3], await Client(http).NullableInt32ValueGetAsync()));
    [Scenario] public Task Type_Array_NullableInt32Value_put() => Run(http => Client(http).NullableInt32ValuePutAsync([1, null, 3]));
    [Scenario] public Task Type_Array_NullableStringValue_get() => Run(async http => Assert.Equal(["hello", null, "world"], await Client(http).NullableStringValueGetAsync()));
    [Scenario] public Task Type_Array_NullableStringValue_put() => Run(http => Client(http).NullableStringValuePutAsync(["hello", null, "world"]));

    [Scenario] public Task Type_Array_ModelValue_get() => Run(async http => Assert.Equal(["hello", "world"], (await Client(http).ModelValueGetAsync()).Select(model => model.Property)));
    [Scenario] public Task Type_Array_ModelValue_put() => Run(http => Client(http).ModelValuePutAsync([new InnerModel { Property = "hello" }, new InnerModel { Property = "world" }]));
    [Scenario] public Task Type_Array_NullableModelValue_get() => Run(async http => Assert.Equal(["hello", null, "world"], (await Client(http).NullableModelValueGetAsync()).Select(model => model?.Property)));
    [Scenario] public Task Type_Array_NullableModelValue_put() => Run(http => Client(http).NullableModelValuePutAsync([new InnerModel { Property = "hello" }, null, new InnerModel { Property = "world" }]));

    [Scenario] public Task Type_Array_UnknownValue_get() => Run(async http => Assert.Equal("[1,\"hello\",null]", JsonSerializer.Serialize(await Client(http).UnknownValueGetAsync(), ArrayJsonContext.Default.IReadOnlyListJsonElement)));
    [Scenario] public Task Type_Array_UnknownValue_put() => Run(http => Client(http).UnknownValuePutAsync(JsonSerializer.Deserialize("[1,\"hello\",null]", ArrayJsonContext.Default.IReadOnlyListJsonElement)!));
}

using Conformance.Infrastructure;
using Extensible = Conformance.Type.Enum.Extensible;
using Fixed = Conformance.Type.Enum.Fixed;

namespace Conformance.Drivers.Type;

/// <summary>Fixed and extensible enums: known values, and values the spec does not list, both ways.</summary>
public sealed class EnumDriver(Spector spector) : Driver(spector)
{
    private static Extensible.ExtensibleClient Open(HttpClient http) => new(http);

    private static Fixed.FixedClient Closed(HttpClient http) => new(http);

    [Scenario] public Task Type_Enum_Extensible_String_getKnownValue() => Run(async http => Assert.Equal(Extensible.DaysOfWeekExtensibleEnum.Monday, await Open(http).StringGetKnownValueAsync()));
    [Scenario] public Task Type_Enum_Extensible_String_getUnknownValue() => Run(async http => Assert.Equal("Weekend", (await Open(http).StringGetUnknownValueAsync()).Value));
    [Scenario] public Task Type_Enum_Extensible_String_putKnownValue() => Run(http => Open(http).StringPutKnownValueAsync(Extensible.DaysOfWeekExtensibleEnum.Monday));
    [Scenario] public Task Type_Enum_Extensible_String_putUnknownValue() => Run(http => Open(http).StringPutUnknownValueAsync(new Extensible.DaysOfWeekExtensibleEnum("Weekend")));
    [Scenario] public Task Type_Enum_Fixed_String_getKnownValue() => Run(async http => Assert.Equal(Fixed.DaysOfWeekEnum.Monday, await Closed(http).StringGetKnownValueAsync()));
    [Scenario] public Task Type_Enum_Fixed_String_putKnownValue() => Run(http => Closed(http).StringPutKnownValueAsync(Fixed.DaysOfWeekEnum.Monday));

    // A value the spec does not list goes out as it is (MindGen's enums are open); this server refuses it.
    [Scenario]
    public Task Type_Enum_Fixed_String_putUnknownValue() => Run(async http =>
        Assert.Equal(500, (await Assert.ThrowsAsync<Fixed.ApiException>(() => Closed(http).StringPutUnknownValueAsync(new Fixed.DaysOfWeekEnum("Weekend")))).StatusCode));
}

using Conformance.Encode.Duration;
using Conformance.Infrastructure;

namespace Conformance.Drivers.Encode;

/// <summary>Durations as ISO 8601 text, or as a number of seconds or milliseconds, in queries, headers and bodies.</summary>
public sealed class DurationDriver(Spector spector) : Driver(spector)
{
    private static readonly TimeSpan FortyDays = TimeSpan.FromDays(40);

    private static DurationJsonContext Json => DurationJsonContext.Default;

    private static DurationClient Client(HttpClient http) => new(http);

    [Scenario] public Task Encode_Duration_Query_default() => Run(http => Client(http).QueryDefaultAsync(FortyDays));
    [Scenario] public Task Encode_Duration_Query_iso8601() => Run(http => Client(http).QueryIso8601Async(FortyDays));
    [Scenario] public Task Encode_Duration_Query_int32Seconds() => Run(http => Client(http).QueryInt32SecondsAsync(36));
    [Scenario] public Task Encode_Duration_Query_int32SecondsLargerUnit() => Run(http => Client(http).QueryInt32SecondsLargerUnitAsync(120));
    [Scenario] public Task Encode_Duration_Query_int32SecondsArray() => Run(http => Client(http).QueryInt32SecondsArrayAsync([36, 47]));
    [Scenario] public Task Encode_Duration_Query_int32Milliseconds() => Run(http => Client(http).QueryInt32MillisecondsAsync(36000));
    [Scenario] public Task Encode_Duration_Query_int32MillisecondsLargerUnit() => Run(http => Client(http).QueryInt32MillisecondsLargerUnitAsync(180000));
    [Scenario] public Task Encode_Duration_Query_int32MillisecondsArray() => Run(http => Client(http).QueryInt32MillisecondsArrayAsync([36000, 47000]));
    [Scenario] public Task Encode_Duration_Query_floatSeconds() => Run(http => Client(http).QueryFloatSecondsAsync(35.625));
    [Scenario] public Task Encode_Duration_Query_floatSecondsLargerUnit() => Run(http => Client(http).QueryFloatSecondsLargerUnitAsync(150.0));
    [Scenario] public Task Encode_Duration_Query_floatMilliseconds() => Run(http => Client(http).QueryFloatMillisecondsAsync(35625));
    [Scenario] public Task Encode_Duration_Query_floatMillisecondsLargerUnit() => Run(http => Client(http).QueryFloatMillisecondsLargerUnitAsync(210000.0));
    [Scenario] public Task Encode_Duration_Query_float64Seconds() => Run(http => Client(http).QueryFloat64SecondsAsync(35.625));
    [Scenario] public Task Encode_Duration_Query_float64Milliseconds() => Run(http => Client(http).QueryFloat64MillisecondsAsync(35625));
    [Scenario] public Task Encode_Duration_Lossy_intSeconds() => Run(http => Client(http).LossyIntSecondsAsync((int)TimeSpan.FromSeconds(36.25).TotalSeconds));
    [Scenario] public Task Encode_Duration_Lossy_intMilliseconds() => Run(http => Client(http).LossyIntMillisecondsAsync((int)TimeSpan.FromMilliseconds(36250.25).TotalMilliseconds));

    [Scenario] public Task Encode_Duration_Header_default() => Run(http => Client(http).HeaderDefaultAsync(FortyDays));
    [Scenario] public Task Encode_Duration_Header_iso8601() => Run(http => Client(http).HeaderIso8601Async(FortyDays));
    [Scenario] public Task Encode_Duration_Header_iso8601Array() => Run(http => Client(http).HeaderIso8601ArrayAsync([FortyDays, TimeSpan.FromDays(50)]));
    [Scenario] public Task Encode_Duration_Header_int32Seconds() => Run(http => Client(http).HeaderInt32SecondsAsync(36));
    [Scenario] public Task Encode_Duration_Header_int32SecondsLargerUnit() => Run(http => Client(http).HeaderInt32SecondsLargerUnitAsync(120));
    [Scenario] public Task Encode_Duration_Header_int32Milliseconds() => Run(http => Client(http).HeaderInt32MillisecondsAsync(36000));
    [Scenario] public Task Encode_Duration_Header_int32MillisecondsLargerUnit() => Run(http => Client(http).HeaderInt32MillisecondsLargerUnitAsync(180000));
    [Scenario] public Task Encode_Duration_Header_int32MillisecondsArray() => Run(http => Client(http).HeaderInt32MillisecondsArrayAsync([36000, 47000]));
    [Scenario] public Task Encode_Duration_Header_floatSeconds() => Run(http => Client(http).HeaderFloatSecondsAsync(35.625));
    [Scenario] public Task Encode_Duration_Header_floatSecondsLargerUnit() => Run(http => Client(http).HeaderFloatSecondsLargerUnitAsync(150.0));
    [Scenario] public Task Encode_Duration_Header_floatMilliseconds() => Run(http => Client(http).HeaderFloatMillisecondsAsync(35625));
    [Scenario] public Task Encode_Duration_Header_floatMillisecondsLargerUnit() => Run(http => Client(http).HeaderFloatMillisecondsLargerUnitAsync(210000.0));
    [Scenario] public Task Encode_Duration_Header_float64Seconds() => Run(http => Client(http).HeaderFloat64SecondsAsync(35.625));
    [Scenario] public Task Encode_Duration_Header_float64Milliseconds() => Run(http => Client(http).HeaderFloat64MillisecondsAsync(35625));

    [Scenario] public Task Encode_Duration_Property_default() => Echoes((http, body) => Client(http).PropertyDefaultAsync(body), Json.PropertyDefaultDurationProperty);
    [Scenario] public Task Encode_Duration_Property_iso8601() => Echoes((http, body) => Client(http).PropertyIso8601Async(body), Json.PropertyISO8601DurationProperty);
    [Scenario] public Task Encode_Duration_Property_int32Seconds() => Echoes((http, body) => Client(http).PropertyInt32SecondsAsync(body), Json.PropertyInt32SecondsDurationProperty);
    [Scenario] public Task Encode_Duration_Property_int32SecondsLargerUnit() => Echoes((http, body) => Client(http).PropertyInt32SecondsLargerUnitAsync(body), Json.PropertyInt32SecondsLargerUnitDurationProperty);
    [Scenario] public Task Encode_Duration_Property_int32Milliseconds() => Echoes((http, body) => Client(http).PropertyInt32MillisecondsAsync(body), Json.PropertyInt32MillisecondsDurationProperty);
    [Scenario] public Task Encode_Duration_Property_int32MillisecondsLargerUnit() => Echoes((http, body) => Client(http).PropertyInt32MillisecondsLargerUnitAsync(body), Json.PropertyInt32MillisecondsLargerUnitDurationProperty);
    [Scenario] public Task Encode_Duration_Property_floatSeconds() => Echoes((http, body) => Client(http).PropertyFloatSecondsAsync(body), Json.PropertyFloatSecondsDurationProperty);
    [Scenario] public Task Encode_Duration_Property_floatSecondsArray() => Echoes((http, body) => Client(http).PropertyFloatSecondsArrayAsync(body), Json.PropertyFloatSecondsDurationArrayProperty);
    [Scenario] public Task Encode_Duration_Property_floatSecondsLargerUnit() => Echoes((http, body) => Client(http).PropertyFloatSecondsLargerUnitAsync(body), Json.PropertyFloatSecondsLargerUnitDurationProperty);
    [Scenario] public Task Encode_Duration_Property_floatMilliseconds() => Echoes((http, body) => Client(http).PropertyFloatMillisecondsAsync(body), Json.PropertyFloatMillisecondsDurationProperty);
    [Scenario] public Task Encode_Duration_Property_floatMillisecondsArray() => Echoes((http, body) => Client(http).PropertyFloatMillisecondsArrayAsync(body), Json.PropertyFloatMillisecondsDurationArrayProperty);
    [Scenario] public Task Encode_Duration_Property_floatMillisecondsLargerUnit() => Echoes((http, body) => Client(http).PropertyFloatMillisecondsLargerUnitAsync(body), Json.PropertyFloatMillisecondsLargerUnitDurationProperty);
    [Scenario] public Task Encode_Duration_Property_float64Seconds() => Echoes((http, body) => Client(http).PropertyFloat64SecondsAsync(body), Json.PropertyFloat64SecondsDurationProperty);
    [Scenario] public Task Encode_Duration_Property_float64Milliseconds() => Echoes((http, body) => Client(http).PropertyFloat64MillisecondsAsync(body), Json.PropertyFloat64MillisecondsDurationProperty);
}

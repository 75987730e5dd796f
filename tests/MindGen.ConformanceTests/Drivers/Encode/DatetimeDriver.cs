using Conformance.Encode.Datetime;
using Conformance.Infrastructure;

namespace Conformance.Drivers.Encode;

public sealed class DatetimeDriver(Spector spector) : Driver(spector)
{
    private static readonly DateTimeOffset Moment = new(2022, 8, 26, 18, 38, 0, TimeSpan.Zero);
    private const string HttpDate = "Fri, 26 Aug 2022 14:38:00 GMT";
    private const long Unix = 1686566864;
    private static readonly long[] UnixArray = [1686566864, 1686734256];

    private static DatetimeClient Client(HttpClient http) => new(http);

    [Scenario] public Task Encode_Datetime_Query_default() => Run(http => Client(http).QueryDefaultAsync(Moment));
    [Scenario] public Task Encode_Datetime_Query_rfc3339() => Run(http => Client(http).QueryRfc3339Async(Moment));
    [Scenario] public Task Encode_Datetime_Query_rfc7231() => Run(http => Client(http).QueryRfc7231Async(HttpDate));
    [Scenario] public Task Encode_Datetime_Query_unixTimestamp() => Run(http => Client(http).QueryUnixTimestampAsync(Unix));
    [Scenario] public Task Encode_Datetime_Query_unixTimestampArray() => Run(http => Client(http).QueryUnixTimestampArrayAsync(UnixArray));

    [Scenario] public Task Encode_Datetime_Header_default() => Run(http => Client(http).HeaderDefaultAsync(HttpDate));
    [Scenario] public Task Encode_Datetime_Header_rfc3339() => Run(http => Client(http).HeaderRfc3339Async(Moment));
    [Scenario] public Task Encode_Datetime_Header_rfc7231() => Run(http => Client(http).HeaderRfc7231Async(HttpDate));
    [Scenario] public Task Encode_Datetime_Header_unixTimestamp() => Run(http => Client(http).HeaderUnixTimestampAsync(Unix));
    [Scenario] public Task Encode_Datetime_Header_unixTimestampArray() => Run(http => Client(http).HeaderUnixTimestampArrayAsync(UnixArray));

    [Scenario]
    public Task Encode_Datetime_Property_default() => Run(async http =>
        Assert.Equal(Moment, (await Client(http).PropertyDefaultAsync(new DefaultDatetimeProperty { Value = Moment })).Value));

    [Scenario]
    public Task Encode_Datetime_Property_rfc3339() => Run(async http =>
        Assert.Equal(Moment, (await Client(http).PropertyRfc3339Async(new Rfc3339DatetimeProperty { Value = Moment })).Value));

    [Scenario]
    public Task Encode_Datetime_Property_rfc7231() => Run(async http =>
        Assert.Equal(HttpDate, (await Client(http).PropertyRfc7231Async(new Rfc7231DatetimeProperty { Value = HttpDate })).Value));

    [Scenario]
    public Task Encode_Datetime_Property_unixTimestamp() => Run(async http =>
        Assert.Equal(Unix, (await Client(http).PropertyUnixTimestampAsync(new UnixTimestampDatetimeProperty { Value = Unix })).Value));

    [Scenario]
    public Task Encode_Datetime_Property_unixTimestampArray() => Run(async http =>
        Assert.Equal(UnixArray, (await Client(http).PropertyUnixTimestampArrayAsync(new UnixTimestampArrayDatetimeProperty { Value = UnixArray })).Value));

    [Scenario]
    public Task Encode_Datetime_ResponseHeader_default() => Run(async http =>
        Assert.Equal(HttpDate, Header(await Client(http).ResponseHeaderDefaultWithResponseAsync())));

    [Scenario]
    public Task Encode_Datetime_ResponseHeader_rfc3339() => Run(async http =>
        Assert.Equal(Moment, DateTimeOffset.Parse(Header(await Client(http).ResponseHeaderRfc3339WithResponseAsync()))));

    [Scenario]
    public Task Encode_Datetime_ResponseHeader_rfc7231() => Run(async http =>
        Assert.Equal(HttpDate, Header(await Client(http).ResponseHeaderRfc7231WithResponseAsync())));

    [Scenario]
    public Task Encode_Datetime_ResponseHeader_unixTimestamp() => Run(async http =>
        Assert.Equal(Unix.ToString(), Header(await Client(http).ResponseHeaderUnixTimestampWithResponseAsync())));

    private static string Header(ApiResponse response) => Assert.Single(response.Headers["value"]);
}

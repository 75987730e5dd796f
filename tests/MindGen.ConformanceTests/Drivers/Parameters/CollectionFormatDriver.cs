using Conformance.Infrastructure;
using Conformance.Parameters.CollectionFormat;

namespace Conformance.Drivers.Parameters;

/// <summary>Arrays in query and header parameters: exploded (multi), comma-, space- and pipe-delimited.</summary>
public sealed class CollectionFormatDriver(Spector spector) : Driver(spector)
{
    private static readonly string[] Colors = ["blue", "red", "green"];

    private static CollectionFormatClient Client(HttpClient http) => new(http);

    [Scenario] public Task Parameters_CollectionFormat_Header_csv() => Run(http => Client(http).HeaderCsvAsync(Colors));
    [Scenario] public Task Parameters_CollectionFormat_Query_csv() => Run(http => Client(http).QueryCsvAsync(Colors));
    [Scenario] public Task Parameters_CollectionFormat_Query_multi() => Run(http => Client(http).QueryMultiAsync(Colors));
    [Scenario] public Task Parameters_CollectionFormat_Query_pipes() => Run(http => Client(http).QueryPipesAsync(Colors));
    [Scenario] public Task Parameters_CollectionFormat_Query_ssv() => Run(http => Client(http).QuerySsvAsync(Colors));
}

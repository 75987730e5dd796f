using Conformance.Infrastructure;
using Path = Conformance.Parameters.Path;
using Query = Conformance.Parameters.Query;

namespace Conformance.Drivers.Parameters;

/// <summary>Path parameters (plain and optional), a single-value query enum and a query name that starts with <c>$</c>.</summary>
public sealed class PathAndQueryDriver(Spector spector) : Driver(spector)
{
    private static Path.PathClient Paths(HttpClient http) => new(http);

    private static Query.QueryClient Queries(HttpClient http) => new(http);

    [Scenario] public Task Parameters_Path_normal() => Run(http => Paths(http).NormalAsync("foo"));
    [Scenario] public Task Parameters_Query_Constant_post() => Run(http => Queries(http).ConstantPostAsync(Query.ConstantPostQueryParam.ConstantValue));
    [Scenario] public Task Parameters_Query_SpecialChar_dollarSign() => Run(http => Queries(http).SpecialCharDollarSignAsync("status eq 'active'"));

    // Expected to fail (expected-failures.txt): the document cannot say "/foo or nothing".
    [Scenario]
    public Task Parameters_Path_optional() => Run(async http =>
    {
        await Paths(http).OptionalAsync("");
        await Paths(http).OptionalAsync("foo");
    });
}

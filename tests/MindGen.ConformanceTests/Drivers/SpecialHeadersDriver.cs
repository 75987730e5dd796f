using Conformance.Infrastructure;
using ConditionalRequest = Conformance.SpecialHeaders.ConditionalRequest;
using Repeatability = Conformance.SpecialHeaders.Repeatability;

namespace Conformance.Drivers;

/// <summary>Conditional request headers (If-Match, If-None-Match, If-(Un)Modified-Since) and repeatability headers, sent as given.</summary>
public sealed class SpecialHeadersDriver(Spector spector) : Driver(spector)
{
    private static ConditionalRequest.ConditionalRequestClient Conditional(HttpClient http) => new(http);

    [Scenario] public Task SpecialHeaders_ConditionalRequest_postIfMatch() => Run(http => Conditional(http).PostIfMatchAsync("\"valid\""));
    [Scenario] public Task SpecialHeaders_ConditionalRequest_postIfNoneMatch() => Run(http => Conditional(http).PostIfNoneMatchAsync("\"invalid\""));
    [Scenario] public Task SpecialHeaders_ConditionalRequest_headIfModifiedSince() => Run(http => Conditional(http).HeadIfModifiedSinceAsync("Fri, 26 Aug 2022 14:38:00 GMT"));
    [Scenario] public Task SpecialHeaders_ConditionalRequest_postIfUnmodifiedSince() => Run(http => Conditional(http).PostIfUnmodifiedSinceAsync("Fri, 26 Aug 2022 14:38:00 GMT"));

    [Scenario]
    public Task SpecialHeaders_Repeatability_immediateSuccess() =>
        Run(http => new Repeatability.RepeatabilityClient(http).ImmediateSuccessAsync(Guid.NewGuid().ToString(), DateTimeOffset.UtcNow.ToString("r")));
}

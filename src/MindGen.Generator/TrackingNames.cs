namespace MindGen.Generator;

/// <summary>Names of the pipeline steps, so that tests can assert what ran and what came from the cache.</summary>
public static class TrackingNames
{
    public const string SpecInputs = nameof(SpecInputs);
    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Apis = nameof(Apis);
    public const string NamespaceClaims = nameof(NamespaceClaims);
    public const string HttpClientFactory = nameof(HttpClientFactory);
    public const string Fakes = nameof(Fakes);
}

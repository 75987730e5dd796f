namespace Conformance.Infrastructure;

/// <summary>A test that runs one spector scenario; the method is named after it (<c>Encode_Datetime_Query_default</c>). Skipped when the suite is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScenarioAttribute : FactAttribute
{
    public ScenarioAttribute() => Skip = Spector.NotInstalled;
}

/// <summary>One server for every driver of the assembly.</summary>
[CollectionDefinition(Name)]
public sealed class SpectorCollection : ICollectionFixture<Spector>
{
    public const string Name = "spector";
}

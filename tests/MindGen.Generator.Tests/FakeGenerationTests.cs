using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// <c>&lt;Client&gt;Fake</c> is emitted only for a project that asks (MindGenFake, which the package's targets turn on
/// in test projects): a production build carries none of it, and turning it on builds no model again.
/// </summary>
public sealed class FakeGenerationTests
{
    private static readonly string[] FakeFiles =
        ["Enneo.Mind.ApiFake.g.cs", "Enneo.Mind.EnneoMindClientFake.g.cs", "Enneo.Mind.FakeCall.g.cs", "Enneo.Mind.FakeOperation.g.cs", "Enneo.Mind.FakePaging.g.cs", "Enneo.Mind.FakeRequest.g.cs", "Enneo.Mind.FakeResponse.g.cs"];

    private static readonly GenerationOutcome WithFakes = GeneratorHarness.Run([SpecFile.Bundled()], GeneratorHarness.WithFakes);

    [Fact]
    public void A_project_that_asks_gets_the_fake_beside_the_client_and_it_compiles_without_a_warning()
    {
        GenerationOutcome without = GeneratorHarness.Run([SpecFile.Bundled()]);

        Assert.Equal(
            without.Sources.Select(source => source.HintName).Concat(FakeFiles).Order(StringComparer.Ordinal),
            WithFakes.Sources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(without.Sources, source => source.SourceText.ToString().Contains("Fake", StringComparison.Ordinal));
        Assert.Null(WithFakes.GeneratorException);
        Assert.Empty(WithFakes.CompilationProblems);
    }

    [Fact]
    public void Matches_the_approved_snapshot() =>
        Snapshots.Verify("EnneoMindFake", WithFakes.Sources.Where(source => source.HintName == "Enneo.Mind.EnneoMindClientFake.g.cs"));

    [Fact]
    public void Turning_fakes_on_reuses_the_model_and_adds_only_the_fake()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        SpecFile spec = SpecFile.Bundled();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(spec).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new SpecOptionsProvider([spec], GeneratorHarness.WithFakes)).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.All(IncrementalSteps.Outputs(run, TrackingNames.Models), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Contains(run.GeneratedSources, source => source.HintName == "Enneo.Mind.EnneoMindClientFake.g.cs");
    }
}

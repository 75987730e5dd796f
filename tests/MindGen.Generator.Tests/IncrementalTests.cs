using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// The generator's caching contract: editing C# re-runs nothing; editing a spec re-runs that spec; an edit
/// that does not change the model (a comment) stops before emission.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] ModelSteps = [TrackingNames.SpecInputs, TrackingNames.Models, TrackingNames.Diagnostics, TrackingNames.Apis];

    [Fact]
    public void A_spec_runs_every_tracked_step()
    {
        GeneratorRunResult run = GeneratorHarness.CreateDriver(SpecFile.Bundled()).RunGenerators(GeneratorHarness.CreateCompilation("class A { }")).GetRunResult().Results.Single();
        Assert.Equal(GeneratorHarness.TrackedSteps.Order(StringComparer.Ordinal), GeneratorHarness.TrackedSteps.Where(run.TrackedSteps.ContainsKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_edit_that_only_moves_a_diagnostic_reports_it_again_and_emits_nothing()
    {
        // A spec with one warning (MG0006: no operationId); a blank line above it moves the warning only.
        const string spec = """
            openapi: 3.0.3
            info: { title: Moves, version: '1' }
            paths:
              /things:
                get:
                  responses:
                    '204': { description: none }
            """;
        var file = new SpecFile("moves.yaml", spec, "Moves");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(file).RunGenerators(compilation);
        int before = Assert.Single(driver.GetRunResult().Diagnostics).Location.GetLineSpan().StartLinePosition.Line;

        driver = driver.ReplaceAdditionalText(file, file.WithText(spec.Replace("paths:", "\npaths:"))).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.Equal(before + 1, Assert.Single(run.Diagnostics).Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Diagnostics)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Apis)));

        // Two outputs: the diagnostics (reported again) and the sources (taken from the cache).
        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).Order());
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_nothing()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SpecFile.Bundled()).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions));
        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in ModelSteps.Append(TrackingNames.NamespaceClaims))
        {
            Assert.All(IncrementalSteps.Outputs(run, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        // The one look at the compilation runs again (a type lookup) and finds the same answer.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.HttpClientFactory)));
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_the_spec_regenerates_it()
    {
        SpecFile spec = SpecFile.Bundled();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(spec).RunGenerators(compilation);

        SpecFile edited = spec.WithText(spec.GetText().ToString().Replace("description: Worklog ID", "description: The worklog's ID"));
        driver = driver.ReplaceAdditionalText(spec, edited).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Models)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Apis)));
        Assert.Contains("The worklog&apos;s ID", run.GeneratedSources.Single(s => s.HintName == "Enneo.Mind.TicketWorklog.g.cs").SourceText.ToString().Replace("'", "&apos;"));
    }

    [Fact]
    public void A_comment_only_edit_stops_before_emission()
    {
        SpecFile spec = SpecFile.Bundled();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(spec).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(spec, spec.WithText(spec.GetText() + "\n# a comment\n")).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.SpecInputs)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Models)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Apis)));
    }

    [Fact]
    public void Editing_one_spec_leaves_the_other_cached()
    {
        SpecFile bundled = SpecFile.Bundled();
        SpecFile vendor = SpecFile.Fixture("enneo-worklog.vendor.yaml", "Vendor.Worklog");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(bundled, vendor).RunGenerators(compilation);

        SpecFile edited = vendor.WithText(vendor.GetText().ToString().Replace("Worklog ID", "Worklog identifier"));
        GeneratorRunResult run = driver.ReplaceAdditionalText(vendor, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], IncrementalSteps.Outputs(run, TrackingNames.Models));
    }

    [Fact]
    public void Referencing_the_http_client_factory_adds_the_registration()
    {
        const string factory = "namespace Microsoft.Extensions.DependencyInjection { public static class HttpClientFactoryServiceCollectionExtensions { } }";
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(SpecFile.Bundled()).RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.EndsWith("EnneoMindClientServiceCollectionExtensions.g.cs", StringComparison.Ordinal));

        GeneratorRunResult run = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(factory, GeneratorHarness.ParseOptions))).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.HttpClientFactory)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Models)));
        Assert.Contains(run.GeneratedSources, source => source.HintName == "Enneo.Mind.EnneoMindClientServiceCollectionExtensions.g.cs");
    }
}

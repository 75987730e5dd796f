using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// The vendor publishes its schemas inline, with no components. When users drop in such a definition, the
/// generated code must compile and every inline object must get a readable, deterministic name.
/// </summary>
public sealed class VendorFormTests
{
    private static readonly SpecFile VendorWorklog = SpecFile.Fixture("enneo-worklog.vendor.yaml", "Vendor.Worklog", "WorklogClient");

    [Fact]
    public void Inline_worklog_schemas_compile_without_warnings()
    {
        GenerationOutcome outcome = GeneratorHarness.Run([VendorWorklog]);
        Assert.Null(outcome.GeneratorException);
        Assert.Empty(outcome.CompilationProblems);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Inline_objects_are_named_after_where_they_appear()
    {
        GenerationOutcome outcome = GeneratorHarness.Run([VendorWorklog]);
        string[] models = outcome.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingNamespace.ToDisplayString() == "Vendor.Worklog" && type.GetMembers("AdditionalProperties").Any())
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            ["AiAgent", "AiUsage", "Assessment", "Csat", "CustomerExperience", "GetTicketWorklogsResponseItem", "Segment", "Time", "Worklog"],
            models);
    }

    [Fact]
    public void Names_are_the_same_on_every_run() =>
        Assert.Equal(
            GeneratorHarness.Run([VendorWorklog]).Sources.Select(source => source.SourceText.ToString()),
            GeneratorHarness.Run([VendorWorklog]).Sources.Select(source => source.SourceText.ToString()));

    [Fact]
    public void Matches_the_approved_snapshots() => Snapshots.Verify("VendorWorklog", Snapshots.WithoutSharedPlumbing(GeneratorHarness.Run([VendorWorklog]).Sources));

    [Fact]
    public void Reporting_messages_endpoint_compiles_without_warnings()
    {
        GenerationOutcome outcome = GeneratorHarness.Run([SpecFile.Fixture("enneo-reporting-messages.vendor.yaml", "Vendor.Reporting")]);
        Assert.Null(outcome.GeneratorException);
        Assert.NotEmpty(outcome.Sources);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void A_member_named_like_its_class_is_renamed_and_keeps_its_json_name()
    {
        const string spec = """
            openapi: 3.0.0
            info: { title: Names, version: '1' }
            paths: {}
            components:
              schemas:
                Worklog:
                  type: object
                  properties:
                    worklog: { type: string }
                    additionalProperties: { type: integer }
                    class: { type: boolean }
                    2fa: { type: boolean }
                    user_id: { type: integer }
                    userId: { type: integer }
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("names.yaml", spec, "Names")]);
        Assert.Empty(outcome.CompilationProblems);

        INamedTypeSymbol worklog = outcome.Output.GetTypeByMetadataName("Names.Worklog")!;
        string[] members = worklog.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToArray();
        Assert.Equal(["WorklogValue", "AdditionalPropertiesValue", "Class", "_2fa", "UserId", "UserId2", "AdditionalProperties"], members);

        string converter = outcome.Sources.Single(s => s.HintName == "Names.NamesJsonContext.Classes.W.g.cs").SourceText.ToString();
        string table = converter.Split('\n').Single(line => line.Contains("new JsonMembers(", StringComparison.Ordinal));
        Assert.Contains(", \"worklog\", \"additionalProperties\", \"class\", \"2fa\", \"user_id\", \"userId\");", table);
    }
}

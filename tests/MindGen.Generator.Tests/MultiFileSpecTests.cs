using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// A spec split over several files (Fixtures/multifile): relative <c>$ref</c>s into other AdditionalFiles
/// are followed, schemas from other files become named models, and editing a referenced file regenerates.
/// </summary>
public sealed class MultiFileSpecTests
{
    private static readonly string[] ReferencedFiles =
        ["parameters.yaml", "paths/pets.yaml", "models/pet.yaml", "models/kind.yaml", "common/errors.yaml"];

    [Fact]
    public void Compiles_without_warnings_and_matches_the_snapshot()
    {
        GenerationOutcome outcome = GeneratorHarness.Run(Files());
        Assert.Null(outcome.GeneratorException);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(outcome.CompilationProblems);
        // The models and the client show what was folded in; the JSON context is the usual one for them.
        Snapshots.Verify("multifile", Snapshots.WithoutSharedPlumbing(outcome.Sources).Where(source => !source.HintName.Contains("JsonContext", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("SplitPetstore.Pet", "Kind", "SplitPetstore.Kind?")]
    [InlineData("SplitPetstore.Pet", "Tag", "SplitPetstore.Tag?")]
    [InlineData("SplitPetstore.Pet", "Owner", "SplitPetstore.Owner?")]
    [InlineData("SplitPetstore.Pet", "Parent", "SplitPetstore.Pet?")]
    [InlineData("SplitPetstore.Owner", "Pets", "System.Collections.Generic.IReadOnlyList<SplitPetstore.Pet>?")]
    [InlineData("SplitPetstore.Error", "Code", "long?")]
    [InlineData("SplitPetstore.ErrorsError", "Status", "int?")]
    public void Schemas_from_other_files_become_named_models(string type, string property, string expected)
    {
        INamedTypeSymbol symbol = GeneratorHarness.Run(Files()).Output.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException(type + " not generated");
        Assert.Equal(expected, Assert.Single(symbol.GetMembers(property).OfType<IPropertySymbol>()).Type.ToDisplayString());
    }

    [Theory]
    [InlineData("ListPetsAsync", "int? limit, System.Threading.CancellationToken cancellationToken, SplitPetstore.RequestOptions? requestOptions", "System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<SplitPetstore.Pet>>")]
    [InlineData("CreatePetAsync", "SplitPetstore.Pet body, System.Threading.CancellationToken cancellationToken, SplitPetstore.RequestOptions? requestOptions", "System.Threading.Tasks.Task")]
    [InlineData("GetPetAsync", "long petId, System.Threading.CancellationToken cancellationToken, SplitPetstore.RequestOptions? requestOptions", "System.Threading.Tasks.Task<SplitPetstore.Pet>")]
    public void Path_items_and_parameters_from_other_files_become_operations(string method, string parameters, string returnType)
    {
        INamedTypeSymbol client = GeneratorHarness.Run(Files()).Output.GetTypeByMetadataName("SplitPetstore.SplitPetstoreClientOperations")!;
        IMethodSymbol symbol = client.GetMembers(method).OfType<IMethodSymbol>().Single();
        Assert.Equal(parameters, string.Join(", ", symbol.Parameters.Select(p => p.ToDisplayString())));
        Assert.Equal(returnType, symbol.ReturnType.ToDisplayString());
    }

    [Fact]
    public void A_file_that_is_not_an_additional_file_is_reported_where_it_is_referenced()
    {
        SpecFile[] files = Files().Where(file => !file.Path.EndsWith("kind.yaml", StringComparison.Ordinal)).ToArray();
        GenerationOutcome outcome = GeneratorHarness.Run(files);

        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "MG0012");
        Assert.EndsWith(Path.Combine("multifile", "models", "pet.yaml").Replace('\\', '/'), diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'kind.yaml'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("System.Text.Json.JsonElement?", PropertyType(outcome, "SplitPetstore.Pet", "Kind"));
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void A_missing_component_in_a_referenced_file_is_reported()
    {
        SpecFile[] files = Files().Select(file => file.Path.EndsWith("pet.yaml", StringComparison.Ordinal)
            ? file.WithText(file.GetText().ToString().Replace("schemas/Tag", "schemas/Label"))
            : file).ToArray();
        GenerationOutcome outcome = GeneratorHarness.Run(files);

        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "MG0004");
        Assert.Contains("schemas/Label", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void An_unreadable_referenced_file_is_reported_at_its_syntax_error()
    {
        SpecFile[] files = Files().Select(file => file.Path.EndsWith("kind.yaml", StringComparison.Ordinal)
            ? file.WithText("type: string\nenum: [cat, dog\n")
            : file).ToArray();
        GenerationOutcome outcome = GeneratorHarness.Run(files);

        Diagnostic diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "MG0001");
        Assert.EndsWith("kind.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Null(outcome.GeneratorException);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void Editing_a_referenced_file_regenerates_and_editing_an_unrelated_one_does_not()
    {
        SpecFile[] files = [.. Files(), new SpecFile("/unrelated/notes.json", "{\"a\": 1}", isSpec: false)];
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        SpecFile kind = files.Single(file => file.Path.EndsWith("kind.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(kind, kind.WithText(kind.GetText() + "description: What kind of pet.\n")).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Models)));
        Assert.Contains("What kind of pet.", run.GeneratedSources.Single(s => s.HintName == "SplitPetstore.Kind.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        SpecFile notes = files.Last();
        run = driver.ReplaceAdditionalText(notes, notes.WithText("{\"a\": 2}")).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.SpecInputs)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(IncrementalSteps.Outputs(run, TrackingNames.Models)));
    }

    private static SpecFile[] Files() =>
        [SpecFile.SchemaLibrary("multifile/petstore.yaml"), .. ReferencedFiles.Select(name => SpecFile.Referenced("multifile/" + name))];

    private static string PropertyType(GenerationOutcome outcome, string type, string property) =>
        outcome.Output.GetTypeByMetadataName(type)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
}

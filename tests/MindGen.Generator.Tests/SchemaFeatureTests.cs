using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>One small spec per schema feature (Fixtures/schemas): each compiles warning-free and matches its snapshot.</summary>
public sealed class SchemaFeatureTests
{
    public static TheoryData<string> Features() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas"), "*.yaml").Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Features))]
    public void Compiles_without_warnings_and_matches_the_snapshot(string feature)
    {
        GenerationOutcome outcome = Generate(feature);
        Assert.Null(outcome.GeneratorException);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(outcome.CompilationProblems);
        Snapshots.Verify("schemas/" + feature, Snapshots.WithoutSharedPlumbing(outcome.Sources));
    }

    [Theory]
    [InlineData("enums", "Enums.Order", "State", "Enums.OrderState?")]
    [InlineData("enums", "Enums.Order", "Priority", "Enums.Priority?")]
    [InlineData("enums", "Enums.Order", "Channel", "Enums.Channel?")]
    [InlineData("enums", "Enums.Order", "Flags", "System.Collections.Generic.IReadOnlyList<Enums.Flag>?")]
    [InlineData("enums", "Enums.Order", "Ratio", "double?")]
    [InlineData("formats", "Formats.Sample", "Id", "System.Guid")]
    [InlineData("formats", "Formats.Sample", "When", "System.DateTimeOffset")]
    [InlineData("formats", "Formats.Sample", "Count", "int")]
    [InlineData("formats", "Formats.Sample", "Big", "long?")]
    [InlineData("formats", "Formats.Sample", "Ratio", "float?")]
    [InlineData("formats", "Formats.Sample", "Amount", "decimal?")]
    [InlineData("formats", "Formats.Sample", "Link", "System.Uri?")]
    [InlineData("formats", "Formats.Sample", "Blob", "byte[]?")]
    [InlineData("formats", "Formats.Sample", "Maybe", "string?")]
    [InlineData("formats", "Formats.Sample", "Anything", "System.Text.Json.JsonElement?")]
    [InlineData("formats", "Formats.Sample", "Map", "System.Collections.Generic.IReadOnlyDictionary<string, long>?")]
    [InlineData("formats", "Formats.Sample", "Constant", "Formats.Constant?")]
    [InlineData("formats", "Formats.Sample", "OpensAt", "System.TimeOnly?")]
    [InlineData("formats", "Formats.Sample", "Timeout", "System.TimeSpan?")]
    [InlineData("recursive", "Recursive.TreeNode", "Children", "System.Collections.Generic.IReadOnlyList<Recursive.TreeNode>?")]
    [InlineData("recursive", "Recursive.Person", "Friends", "System.Collections.Generic.IReadOnlyDictionary<string, Recursive.Person>?")]
    [InlineData("oneof", "OneOf.Owner", "Slug", "string?")]
    [InlineData("oneof", "OneOf.Owner", "Handle", "string?")]
    [InlineData("oneof", "OneOf.Owner", "Note", "OneOf.Pet?")]
    [InlineData("oneof", "OneOf.Owner", "Reference", "long?")]
    [InlineData("oneof", "OneOf.Setting", "Value", "OneOf.SettingValue?")]
    [InlineData("oneof", "OneOf.Setting", "Shared", "OneOf.Scalar?")]
    [InlineData("oneof", "OneOf.Setting", "Again", "OneOf.Scalar?")]
    [InlineData("oneof", "OneOf.Setting", "Detail", "OneOf.SettingDetail?")]
    [InlineData("oneof", "OneOf.Setting", "Labels", "OneOf.SettingLabels?")]
    [InlineData("oneof", "OneOf.Setting", "Options", "OneOf.SettingOptions?")]
    [InlineData("allof", "AllOf.AppResource", "Owner", "AllOf.Resource?")]
    [InlineData("allof", "AllOf.AppResource", "AddressId", "System.Guid?")]
    [InlineData("allof", "AllOf.Resource", "Id", "string?")]
    [InlineData("bags", "Bags.Scores", "AdditionalProperties", "System.Collections.Generic.IDictionary<string, int>?")]
    [InlineData("bags", "Bags.Labels", "AdditionalProperties", "System.Collections.Generic.IDictionary<string, Bags.LabelsValue>?")]
    [InlineData("bags", "Bags.Loose", "AdditionalProperties", "System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Id", "long")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Count", "int")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Price", "decimal")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Ratio", "double")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Small", "double?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Duration", "System.TimeSpan")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Letter", "char")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Short", "short?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Byte", "byte?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Unsigned", "uint?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "BigUnsigned", "ulong?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "Counters", "System.Collections.Generic.IReadOnlyDictionary<string, int>?")]
    [InlineData("aspnetcore", "DotnetTypes.Todo", "IdOrSlug", "DotnetTypes.TodoIdOrSlug?")]
    [InlineData("references", "References.Box", "Id", "long")]
    [InlineData("references", "References.Box", "Size", "References.Size?")]
    [InlineData("references", "References.Box", "Sizes", "System.Collections.Generic.IReadOnlyList<References.Size>?")]
    [InlineData("references", "References.Box", "Label", "References.Label?")]
    [InlineData("references", "References.Box", "Labels", "System.Collections.Generic.IReadOnlyList<References.Label>?")]
    [InlineData("references", "References.Box", "Next", "References.Crate?")]
    [InlineData("swagger2", "LegacyPets.Pet", "Name", "string")]
    [InlineData("swagger2", "LegacyPets.Pet", "Tag", "LegacyPets.Tag?")]
    public void Maps_the_schema_to_the_expected_type(string feature, string type, string property, string expected)
    {
        INamedTypeSymbol symbol = Generate(feature).Output.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException(type + " not generated");
        Assert.Equal(expected, Assert.Single(symbol.GetMembers(property).OfType<IPropertySymbol>()).Type.ToDisplayString());
    }

    [Fact]
    public void Required_non_nullable_members_use_the_required_keyword()
    {
        INamedTypeSymbol sample = Generate("formats").Output.GetTypeByMetadataName("Formats.Sample")!;
        Assert.True(((IPropertySymbol)sample.GetMembers("Id").Single()).IsRequired);
        Assert.False(((IPropertySymbol)sample.GetMembers("Day").Single()).IsRequired);
    }

    [Fact]
    public void Numbers_that_may_come_as_strings_are_numbers_in_parameters_too()
    {
        GenerationOutcome outcome = Generate("aspnetcore");
        IMethodSymbol getTodo = (IMethodSymbol)outcome.Output.GetTypeByMetadataName("DotnetTypes.DotnetTypesClientOperations")!.GetMembers("GetTodoAsync").Single();
        Assert.Equal("long id, int? limit, System.Threading.CancellationToken cancellationToken, DotnetTypes.RequestOptions? requestOptions", string.Join(", ", getTodo.Parameters.Select(p => p.ToDisplayString())));
        IMethodSymbol getCount = (IMethodSymbol)outcome.Output.GetTypeByMetadataName("DotnetTypes.DotnetTypesClientOperations")!.GetMembers("GetCountAsync").Single();
        Assert.Equal("System.Threading.Tasks.Task<int>", getCount.ReturnType.ToDisplayString());
    }

    [Fact]
    public void Swagger2_servers_and_parameters_carry_over()
    {
        GenerationOutcome outcome = Generate("swagger2");
        string runtime = outcome.Sources.Single(s => s.HintName.EndsWith("ClientRuntime.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("\"https://pets.example.test/v1/\"", runtime);
        IMethodSymbol getPet = (IMethodSymbol)outcome.Output.GetTypeByMetadataName("LegacyPets.LegacyPetsClientOperations")!.GetMembers("GetPetAsync").Single();
        Assert.Equal("long petId, System.Collections.Generic.IReadOnlyList<string>? fields, System.Threading.CancellationToken cancellationToken, LegacyPets.RequestOptions? requestOptions", string.Join(", ", getPet.Parameters.Select(p => p.ToDisplayString())));
        Assert.True(getPet.Parameters[1].HasExplicitDefaultValue);
    }

    [Fact]
    public void A_component_with_one_object_member_and_type_object_derives_from_it()
    {
        Compilation output = Generate("allof").Output;
        Assert.Equal("AllOf.ProxyResource", output.GetTypeByMetadataName("AllOf.AppResource")!.BaseType!.ToDisplayString());
        Assert.Equal("AllOf.Resource", output.GetTypeByMetadataName("AllOf.ProxyResource")!.BaseType!.ToDisplayString());
    }

    [Fact]
    public void Type_sets_with_an_object_or_an_array_offer_each_as_a_variant()
    {
        Compilation output = Generate("oneof").Output;
        string Variants(string union) => string.Join(", ", output.GetTypeByMetadataName(union)!.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name.StartsWith("TryGet", StringComparison.Ordinal)).Select(m => m.Parameters[0].Type.ToDisplayString()));
        Assert.Equal("string?, System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement>?", Variants("OneOf.SettingDetail"));
        Assert.Equal("string?, System.Collections.Generic.IReadOnlyList<string>?", Variants("OneOf.SettingLabels"));
        Assert.Equal("bool, OneOf.SettingOptionsObject?", Variants("OneOf.SettingOptions"));
    }

    [Fact]
    public void A_oneOf_or_anyOf_that_only_says_which_members_are_present_or_what_they_hold_is_the_object_itself()
    {
        // OpenAI's ImageRefParam: "provide exactly one of image_url or file_id"; GitHub's check run: a
        // conclusion is required once the status is completed.
        const string spec = """
            openapi: 3.1.0
            info: { title: Images, version: '1' }
            paths: {}
            components:
              schemas:
                ImageRef:
                  type: object
                  properties:
                    image_url: { type: string, format: uri }
                    file_id: { type: string }
                  anyOf: [{ required: [image_url] }, { required: [file_id] }]
                  not: { required: [image_url, file_id] }
                CheckRun:
                  type: object
                  properties:
                    status: { type: string, enum: [queued, in_progress, completed] }
                    conclusion: { type: string }
                  oneOf:
                    - { properties: { status: { enum: [completed] } }, required: [status, conclusion], additionalProperties: true }
                    - { properties: { status: { enum: [queued, in_progress] } }, additionalProperties: true }
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("images.yaml", spec, "Images")]);

        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(["MG0011 anyOf", "MG0011 not", "MG0011 oneOf"], outcome.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage().Split('\'')[1]).Order());
        string Members(string type) => string.Join(", ", outcome.Output.GetTypeByMetadataName(type)!.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name != "AdditionalProperties").Select(p => p.Name + ": " + p.Type.ToDisplayString()).Order());
        Assert.Equal("FileId: string?, ImageUrl: System.Uri?", Members("Images.ImageRef"));
        Assert.Equal("Conclusion: string?, Status: Images.Status?", Members("Images.CheckRun"));
    }

    [Fact]
    public void A_class_in_the_middle_that_starts_a_hierarchy_of_its_own_sets_both_discriminators()
    {
        // TypeSpec's nested discriminator: a shark is kind 'shark' among fish, and names its own kinds by sharktype.
        const string spec = """
            openapi: 3.1.0
            info: { title: Fish, version: '1' }
            paths: {}
            components:
              schemas:
                Fish:
                  type: object
                  required: [age, kind]
                  properties: { age: { type: integer, format: int32 }, kind: { type: string } }
                  discriminator: { propertyName: kind, mapping: { shark: '#/components/schemas/Shark' } }
                Shark:
                  type: object
                  required: [kind, sharktype]
                  properties: { kind: { type: string, enum: [shark] }, sharktype: { type: string } }
                  discriminator: { propertyName: sharktype, mapping: { saw: '#/components/schemas/SawShark' } }
                  allOf: [{ $ref: '#/components/schemas/Fish' }]
                SawShark:
                  type: object
                  required: [sharktype]
                  properties: { sharktype: { type: string, enum: [saw] } }
                  allOf: [{ $ref: '#/components/schemas/Shark' }]
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("fish.yaml", spec, "Fish")]);

        Assert.Empty(outcome.CompilationProblems);
        string shark = outcome.Sources.Single(source => source.HintName == "Fish.Shark.g.cs").SourceText.ToString();
        Assert.Contains("Kind = \"shark\";\n        Sharktype = \"Shark\";", shark);
        string saw = outcome.Sources.Single(source => source.HintName == "Fish.SawShark.g.cs").SourceText.ToString();
        // A saw shark is a shark among fish: the shark's constructor, which runs first, says so.
        Assert.Contains("Sharktype = \"saw\";", saw);
        Assert.DoesNotContain("Kind =", saw);
    }

    [Fact]
    public void Members_beside_an_allOf_that_only_types_the_other_members_make_a_class_with_a_typed_bag()
    {
        // TypeSpec's `model Scores extends Record<float32> { id: float32 }` in 3.1.
        const string spec = """
            openapi: 3.1.0
            info: { title: Records, version: '1' }
            paths: {}
            components:
              schemas:
                Scores:
                  type: object
                  required: [id]
                  properties: { id: { type: number, format: float } }
                  allOf: [{ type: object, unevaluatedProperties: { type: number, format: float } }]
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("records.yaml", spec, "Records")]);

        Assert.Empty(outcome.CompilationProblems);
        Assert.Empty(outcome.GeneratorDiagnostics);
        INamedTypeSymbol scores = outcome.Output.GetTypeByMetadataName("Records.Scores")!;
        Assert.Equal("float", ((IPropertySymbol)scores.GetMembers("Id").Single()).Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IDictionary<string, float>?", ((IPropertySymbol)scores.GetMembers("AdditionalProperties").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void A_string_or_one_of_listed_strings_is_an_open_enum()
    {
        // TypeSpec's extensible enums and OpenAI's model names: these values, or any other.
        const string spec = """
            openapi: 3.1.0
            info: { title: Days, version: '1' }
            paths: {}
            components:
              schemas:
                Day:
                  anyOf: [{ type: string }, { type: string, enum: [Monday, Tuesday] }]
            """;
        GenerationOutcome outcome = GeneratorHarness.Run([new SpecFile("days.yaml", spec, "Days")]);

        Assert.Empty(outcome.CompilationProblems);
        INamedTypeSymbol day = outcome.Output.GetTypeByMetadataName("Days.Day")!;
        Assert.True(day.IsValueType);
        Assert.Equal(["Monday", "Tuesday"], day.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic).Select(p => p.Name));
    }

    private static GenerationOutcome Generate(string feature) =>
        GeneratorHarness.Run([SpecFile.SchemaLibrary(Path.Combine("schemas", feature + ".yaml"))]);
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.CodeAnalysis;
using MindGen.Emit;
using MindGen.Generator.Tests.Infrastructure;
using MindGen.Model;

namespace MindGen.Generator.Tests;

/// <summary>
/// The context's shape methods live in nested parts: one for nearly every spec, more for a spec with more shapes than
/// a type may hold methods for (Microsoft Graph's). Here the torture spec is also split into a part per shape or two,
/// which must compile as cleanly and read and write the same JSON as the one part does.
/// </summary>
public sealed class ContextPartitionTests
{
    private static readonly ApiDescription Api = MindGenEngine.BuildModel(new SpecInput("torture.json", TortureSpec.Text, TortureSpec.Namespace, TortureSpec.ClientName)).Api!;

    private static readonly EquatableArray<GeneratedFile> Split = SourceEmitter.Emit(Api, new EmitOptions(), shapesPerPart: 1);

    [Fact]
    public void The_shape_methods_move_into_parts_and_the_fixed_helpers_stay()
    {
        string helpers = Split.Single(file => file.HintName.EndsWith("JsonContext.Helpers.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("private static partial class JsonPart", helpers);
        Assert.Contains("private static long Read_long(", helpers);
        Assert.Contains("public static api::Everything Read_Everything(", Split.Single(file => file.HintName.EndsWith("JsonContext.Classes.E.g.cs", StringComparison.Ordinal)).Text);
        Assert.DoesNotContain("JsonPart1", SourceEmitter.Emit(Api, new EmitOptions()).Single(file => file.HintName.EndsWith("JsonContext.Helpers.g.cs", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void Only_a_few_static_methods_that_are_not_public_stay_on_the_context()
    {
        // Building a reference assembly, the compiler goes over every member of a type for each static method of it
        // that is not public (JsonPartitions): GitHub's 11,000 private shape methods cost 14 s of a build's CPU.
        Compilation compilation = GeneratorHarness.CreateCompilation(SourceEmitter.Emit(Api, new EmitOptions()).Select(file => file.Text).ToArray());
        INamedTypeSymbol context = compilation.GetTypeByMetadataName("Torture.TortureJsonContext")!;
        INamedTypeSymbol part = Assert.Single(context.GetTypeMembers(), type => type.Name.StartsWith("JsonPart", StringComparison.Ordinal));

        static IEnumerable<IMethodSymbol> HiddenStatics(INamedTypeSymbol type) =>
            type.GetMembers().OfType<IMethodSymbol>().Where(method => method.IsStatic && method.DeclaredAccessibility != Accessibility.Public);
        Assert.Empty(HiddenStatics(part));
        Assert.True(part.GetMembers().OfType<IMethodSymbol>().Count() > 100, "the torture spec's shape methods are in the part");
        // What stays: the fixed helpers and the scalars' methods, whatever the number of classes.
        Assert.InRange(HiddenStatics(context).Count(), 1, 40);
    }

    [Fact]
    public void The_type_resolver_caches_no_delegate_per_type()
    {
        // C# caches a static method group converted implicitly in a field of a nested class (<>O); the resolver runs
        // once per type, and GitHub's 3,000 types gave the context 6,000 such fields, 354 KB of its DLL.
        Type context = GeneratorHarness.Load(GeneratorHarness.CreateCompilation(SourceEmitter.Emit(Api, new EmitOptions()).Select(file => file.Text).ToArray())).GetType("Torture.TortureJsonContext")!;
        int types = context.GetProperties().Count(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>));
        int cached = context.GetNestedTypes(BindingFlags.NonPublic).Where(type => type.Name == "<>O")
            .Sum(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Length);
        Assert.True(types > 50, $"{types} types");
        Assert.True(cached < types / 4, $"{cached} cached delegates on the context for {types} types");
    }

    [Fact]
    public void A_split_context_compiles_without_a_warning_and_round_trips_everything()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(Split.Select(file => file.Text).ToArray());
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));

        Assembly assembly = GeneratorHarness.Load(compilation);
        var context = (JsonSerializerContext)assembly.GetType("Torture.TortureJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        JsonTypeInfo everything = context.GetTypeInfo(assembly.GetType("Torture.Everything")!)!;

        var json = new JsonObject
        {
            ["choice"] = "await",
            ["level"] = -3,
            ["mixed"] = new JsonArray(new JsonObject { ["text"] = "a" }),
            ["shape"] = new JsonObject { ["kind"] = "Circle", ["radius"] = 2.5 },
            ["bits"] = new JsonArray(true, false),
            ["maybeBits"] = new JsonArray(true, null),
            ["parts"] = new JsonArray(new JsonObject { ["text"] = "b" }),
        };
        object read = JsonSerializer.Deserialize(json.ToJsonString(), everything)!;
        Assert.True(JsonNode.DeepEquals(json, JsonNode.Parse(JsonSerializer.Serialize(read, everything))), JsonSerializer.Serialize(read, everything));
        Assert.Equal("Circle", read.GetType().GetProperty("Shape")!.GetValue(read)!.GetType().Name);
    }
}

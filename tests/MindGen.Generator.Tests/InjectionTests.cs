using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>A hostile spec cannot inject code: it compiles cleanly, declares nothing extra, and its names survive on the wire.</summary>
public sealed class InjectionTests
{
    private static readonly GenerationOutcome Outcome = GeneratorHarness.Run([SpecFile.Fixture("hostile.yaml", "Hostile", "HostileClient")]);

    [Fact]
    public void Compiles_without_any_warning()
    {
        Assert.Null(Outcome.GeneratorException);
        Assert.NotEmpty(Outcome.Sources);
        Assert.Empty(Outcome.CompilationProblems);
    }

    [Fact]
    public void Declares_no_type_or_call_the_spec_wrote()
    {
        var types = Outcome.Output.GetSymbolsWithName(name => name.Contains("Injected", StringComparison.Ordinal), SymbolFilter.Type).ToList();
        Assert.Empty(types);
        // Spec text may only appear inside string literals and comments, never as an identifier token.
        var injected = Outcome.Output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantTokens())
            .Where(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && token.Text is "Injected" or "Exit" or "alert")
            .Select(token => token.Parent!.ToString());
        Assert.Empty(injected);
    }

    [Fact]
    public void Json_names_survive_exactly()
    {
        const string json = """{"a\"b":"1","x\ny":2,"</summary>":true,"\"); System.Environment.Exit(1); //":"3","back\\slash":"4","\u202Eright-to-left":"5","ünïcödé":"6","":"7"}""";
        Assembly assembly = Outcome.Load();
        var context = (JsonSerializerContext)assembly.GetType("Hostile.HostileJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        var typeInfo = context.GetTypeInfo(assembly.GetType("Hostile.Thing")!)!;

        object thing = JsonSerializer.Deserialize(json, typeInfo)!;
        Assert.Null(thing.GetType().GetProperty("AdditionalProperties")!.GetValue(thing));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(thing, typeInfo))));
    }
}

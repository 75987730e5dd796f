using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>The bundled Enneo spec: the files, the public contract users write against, and clean compilation.</summary>
public sealed class BundledSpecTests
{
    private static readonly GenerationOutcome Outcome = GeneratorHarness.Run([SpecFile.Bundled()]);

    [Fact]
    public void Generates_the_expected_files()
    {
        string[] expected =
        [
            "Enneo.Mind.AiAgent.g.cs", "Enneo.Mind.AiUsage.g.cs", "Enneo.Mind.ApiException.g.cs", "Enneo.Mind.ApiResponse.g.cs", "Enneo.Mind.Csat.g.cs",
            "Enneo.Mind.CustomerExperience.g.cs", "Enneo.Mind.EnneoMindClient.g.cs", "Enneo.Mind.EnneoMindClientOptions.g.cs",
            "Enneo.Mind.EnneoMindClientRuntime.g.cs", "Enneo.Mind.EnneoMindJsonContext.Classes.A.g.cs", "Enneo.Mind.EnneoMindJsonContext.Classes.C.g.cs",
            "Enneo.Mind.EnneoMindJsonContext.Classes.T.g.cs", "Enneo.Mind.EnneoMindJsonContext.Classes.W.g.cs", "Enneo.Mind.EnneoMindJsonContext.g.cs",
            "Enneo.Mind.EnneoMindJsonContext.Helpers.g.cs", "Enneo.Mind.IEnneoMindClient.g.cs", "Enneo.Mind.RequestOptions.g.cs", "Enneo.Mind.RetryOptions.g.cs",
            "Enneo.Mind.TicketWorklog.g.cs", "Enneo.Mind.TimeSegment.g.cs", "Enneo.Mind.WorklogAssessment.g.cs",
            "Enneo.Mind.WorklogInfo.g.cs", "Enneo.Mind.WorklogTime.g.cs",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Outcome.Sources.Select(source => source.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Matches_the_approved_snapshots() => Snapshots.Verify("EnneoMind", Outcome.Sources);

    [Fact]
    public void Compiles_without_any_warning_including_documentation()
    {
        Assert.Null(Outcome.GeneratorException);
        Assert.Empty(Outcome.GeneratorDiagnostics);
        Assert.Empty(Outcome.CompilationProblems);
    }

    [Fact]
    public void Client_has_the_promised_constructor_and_method()
    {
        INamedTypeSymbol client = Type("Enneo.Mind.EnneoMindClient");
        Assert.Contains(client.InstanceConstructors, constructor =>
            constructor.DeclaredAccessibility == Accessibility.Public
            && constructor.Parameters is [{ Type.Name: "HttpClient" }]);

        // The operations are the client's base class's (ClientEmitter says why), inherited as they are.
        Assert.Equal("Enneo.Mind.EnneoMindClientOperations", client.BaseType!.ToDisplayString());
        IMethodSymbol method = Assert.Single(client.BaseType.GetMembers("GetTicketWorklogsAsync").OfType<IMethodSymbol>());
        Assert.Equal(
            "System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Enneo.Mind.TicketWorklog>>",
            method.ReturnType.ToDisplayString());
        Assert.Collection(
            method.Parameters,
            ticketId => Assert.Equal(("ticketId", "long", false), (ticketId.Name, ticketId.Type.ToDisplayString(), ticketId.HasExplicitDefaultValue)),
            token => Assert.Equal(("cancellationToken", "System.Threading.CancellationToken", true), (token.Name, token.Type.ToDisplayString(), token.HasExplicitDefaultValue)),
            options => Assert.Equal(("requestOptions", "Enneo.Mind.RequestOptions?", true), (options.Name, options.Type.ToDisplayString(), options.HasExplicitDefaultValue)));
    }

    [Fact]
    public void Client_implements_its_interface_and_streams_worklogs()
    {
        INamedTypeSymbol client = Type("Enneo.Mind.EnneoMindClient");
        Assert.Contains(client.Interfaces, i => i.ToDisplayString() == "Enneo.Mind.IEnneoMindClient");
        foreach (INamedTypeSymbol type in new[] { client.BaseType!, Type("Enneo.Mind.IEnneoMindClient") })
        {
            IMethodSymbol stream = Assert.Single(type.GetMembers("StreamTicketWorklogsAsync").OfType<IMethodSymbol>());
            Assert.Equal("System.Collections.Generic.IAsyncEnumerable<Enneo.Mind.TicketWorklog>", stream.ReturnType.ToDisplayString());
            Assert.Equal("long ticketId, System.Threading.CancellationToken cancellationToken, Enneo.Mind.RequestOptions? requestOptions", string.Join(", ", stream.Parameters.Select(p => p.ToDisplayString())));
        }
    }

    [Theory]
    [InlineData("TicketWorklog", "Id", "long?")]
    [InlineData("TicketWorklog", "Date", "System.DateOnly?")]
    [InlineData("TicketWorklog", "LatestInteraction", "System.DateTimeOffset?")]
    [InlineData("TicketWorklog", "Assessments", "System.Collections.Generic.IReadOnlyList<Enneo.Mind.WorklogAssessment>?")]
    [InlineData("TicketWorklog", "Worklog", "Enneo.Mind.WorklogInfo?")]
    [InlineData("TicketWorklog", "AiUsage", "Enneo.Mind.AiUsage?")]
    [InlineData("TicketWorklog", "Time", "Enneo.Mind.WorklogTime?")]
    [InlineData("TicketWorklog", "CustomerExperience", "Enneo.Mind.CustomerExperience?")]
    [InlineData("WorklogInfo", "ConversationId", "long?")]
    [InlineData("WorklogInfo", "ActionListText", "System.Collections.Generic.IReadOnlyList<string>?")]
    [InlineData("AiAgent", "TextAssistanceAccuracy", "double?")]
    [InlineData("AiAgent", "Actions", "System.Collections.Generic.IReadOnlyList<System.Text.Json.JsonElement>?")]
    [InlineData("TimeSegment", "From", "System.DateTimeOffset?")]
    [InlineData("CustomerExperience", "ClosingDateForSLA", "System.DateTimeOffset?")]
    [InlineData("CustomerExperience", "SlaMet", "bool?")]
    [InlineData("CustomerExperience", "Csat", "Enneo.Mind.Csat?")]
    [InlineData("Csat", "AnswerText", "string?")]
    public void Models_map_every_property_to_the_promised_type(string model, string property, string type)
    {
        IPropertySymbol symbol = Assert.Single(Type("Enneo.Mind." + model).GetMembers(property).OfType<IPropertySymbol>());
        Assert.Equal(type, symbol.Type.ToDisplayString());
    }

    [Fact]
    public void Json_context_is_a_complete_serializer_context()
    {
        INamedTypeSymbol context = Type("Enneo.Mind.EnneoMindJsonContext");
        Assert.Equal("System.Text.Json.Serialization.JsonSerializerContext", context.BaseType!.ToDisplayString());
        Assert.Contains(context.AllInterfaces, i => i.ToDisplayString() == "System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
        Assert.True(Assert.Single(context.GetMembers("Default").OfType<IPropertySymbol>()).IsStatic);
        foreach (string model in new[] { "TicketWorklog", "WorklogAssessment", "WorklogInfo", "AiUsage", "AiAgent", "WorklogTime", "TimeSegment", "CustomerExperience", "Csat" })
        {
            IPropertySymbol typeInfo = Assert.Single(context.GetMembers(model).OfType<IPropertySymbol>());
            Assert.Equal($"System.Text.Json.Serialization.Metadata.JsonTypeInfo<Enneo.Mind.{model}>", typeInfo.Type.ToDisplayString());
        }
    }

    [Fact]
    public void Api_exception_carries_status_body_and_operation()
    {
        INamedTypeSymbol exception = Type("Enneo.Mind.ApiException");
        Assert.Equal("System.Exception", exception.BaseType!.ToDisplayString());
        Assert.Equal("int", Property(exception, "StatusCode"));
        Assert.Equal("string?", Property(exception, "ResponseBody"));
        Assert.Equal("string", Property(exception, "OperationId"));
    }

    [Fact]
    public void Every_public_member_has_documentation()
    {
        var undocumented = Outcome.Output.GetSymbolsWithName(_ => true, SymbolFilter.TypeAndMember)
            .Where(symbol => IsVisibleOutside(symbol) && !symbol.IsImplicitlyDeclared)
            .Where(symbol => symbol is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
            .Where(symbol => string.IsNullOrWhiteSpace(symbol.GetDocumentationCommentXml()))
            .Select(symbol => symbol.ToDisplayString())
            .ToList();
        Assert.Empty(undocumented);
    }

    private static bool IsVisibleOutside(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected
        && (symbol.ContainingType is null || IsVisibleOutside(symbol.ContainingType));

    private static INamedTypeSymbol Type(string name) =>
        Outcome.Output.GetTypeByMetadataName(name) ?? throw new Xunit.Sdk.XunitException($"{name} was not generated");

    private static string Property(INamedTypeSymbol type, string name) =>
        Assert.Single(type.GetMembers(name).OfType<IPropertySymbol>()).Type.ToDisplayString();
}

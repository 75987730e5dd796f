using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MindGen.Generator.Tests.Infrastructure;
using MindGen.Naming;

namespace MindGen.Generator.Tests.Naming;

/// <summary>
/// The fixed code in <c>src/MindGen.Core/Templates</c> is real C#: it compiles on its own, warning-free, and
/// what <see cref="GeneratedNames"/> reads from it is what Roslyn sees in it.
/// </summary>
public sealed class TemplateTests
{
    // What the emitters write around the templates, which they need to compile on their own.
    private const string EmittedParts = """
        #nullable enable
        namespace MindGen.Templates;

        internal static partial class ClientRuntime
        {
            public static readonly global::System.Uri? DefaultBaseAddress = null;
            public const string TelemetryName = "MindGen.Templates.Client";
            public const string? TelemetryVersion = null;
        }

        internal sealed partial class JsonContext
        {
            public static global::System.Text.Json.Serialization.JsonSerializerContext Default => throw new global::System.NotSupportedException();
        }
        """;

    public static TheoryData<string> TemplateFiles() => new(EmbeddedTemplates().Keys);

    [Fact]
    public void Every_template_compiles_on_its_own_without_a_warning()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([.. EmbeddedTemplates().Values, EmittedParts]);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void The_names_read_from_a_template_are_the_names_it_declares(string file)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(EmbeddedTemplates()[file], GeneratorHarness.ParseOptions).GetRoot();
        var types = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(type => type.Parent is BaseNamespaceDeclarationSyntax).ToList();
        var members = types.OfType<TypeDeclarationSyntax>().SelectMany(type => type.Members).SelectMany(DeclaredNames)
            .Where(name => types.All(type => type.Identifier.Text != name)).Distinct().ToList();

        Template template = Template.Load(file);
        Assert.Equal(types.Select(type => type.Identifier.Text).Distinct(), template.DeclaredTypes);
        Assert.Equal(members, template.DeclaredMembers);
    }

    [Fact]
    public void The_fixed_types_the_emitters_name_are_the_ones_the_templates_declare() =>
        Assert.Subset(
            Template.ApiStream.DeclaredTypes.Concat(Template.RetryOptions.DeclaredTypes).Concat(Template.ResponseHeaders.DeclaredTypes).ToHashSet(),
            new HashSet<string> { GeneratedNames.WatchEvent, GeneratedNames.StreamOptions, GeneratedNames.RetryOptions, GeneratedNames.HeadersResponse });

    private static IEnumerable<string> DeclaredNames(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => [type.Identifier.Text],
        DelegateDeclarationSyntax @delegate => [@delegate.Identifier.Text],
        MethodDeclarationSyntax method => [method.Identifier.Text],
        PropertyDeclarationSyntax property => [property.Identifier.Text],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(variable => variable.Identifier.Text),
        _ => [],
    };

    private static Dictionary<string, string> EmbeddedTemplates()
    {
        Assembly generator = typeof(MindGenGenerator).Assembly;
        const string Prefix = "MindGen.Templates.";
        return generator.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(name => name.Substring(Prefix.Length), name => new StreamReader(generator.GetManifestResourceStream(name)!).ReadToEnd());
    }
}

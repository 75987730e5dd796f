using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MindGen.Generator.Tests.Infrastructure;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Generator.Tests.Naming;

/// <summary>
/// The registry is complete: every name the generated code declares is the spec's (decided by the builder,
/// in the model), the registry's, or a member of one of its families. A name an emitter adds without the
/// registry knowing fails here, before a spec finds it.
/// </summary>
public sealed class GeneratedNamesTests
{
    private static readonly SpecFile[] Specs =
    [
        new SpecFile("torture.json", TortureSpec.Text, TortureSpec.Namespace, TortureSpec.ClientName),
        SpecFile.Bundled(),
    ];

    private static readonly System.Text.RegularExpressions.Regex PatternLocal = new("^[a-z_][A-Za-z0-9_]*(Value|Part)[0-9]*$");

    // The shapes' methods and the nested classes holding them (JsonPartitions).
    private static readonly string[] ContextFamilies = ["Read_", "ReadOrNull_", "Write_", "Members_", "members_", "JsonPart"];

    public static TheoryData<int> SpecIndexes() => new(Enumerable.Range(0, Specs.Length));

    [Fact]
    public void Every_keyword_roslyn_knows_is_escaped()
    {
        // __arglist and friends need an underscore, which no name from a spec keeps.
        foreach (string keyword in SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).Where(text => text.All(char.IsAsciiLetterLower)))
        {
            Assert.True(CSharpKeywords.IsReserved(keyword), keyword);
        }

        foreach (string keyword in SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Where(text => text.All(char.IsAsciiLetterLower)))
        {
            Assert.True(CSharpKeywords.IsContextual(keyword) || CSharpKeywords.IsReserved(keyword), keyword);
            Assert.Equal("@" + keyword, Identifier.Escape(Identifier.ToCamelCase(keyword)));
        }
    }

    [Theory]
    [MemberData(nameof(SpecIndexes))]
    public void Every_declared_name_is_the_specs_or_the_registrys(int index)
    {
        SpecFile spec = Specs[index];
        ApiDescription api = MindGenEngine.BuildModel(new SpecInput(spec.Path, spec.GetText().ToString(), spec.Options["build_metadata.AdditionalFiles.MindGenNamespace"], NullIfEmpty(spec.Options["build_metadata.AdditionalFiles.MindGenClientName"]))).Api!;
        GenerationOutcome outcome = GeneratorHarness.Run([spec]);
        INamespaceSymbol ns = outcome.Output.GetTypeByMetadataName(api.Namespace + "." + api.ClientName)!.ContainingNamespace;
        var unexplained = new List<string>();

        var headerClasses = api.Operations.Select(operation => operation.Response.Headers).OfType<ResponseHeadersModel>().Distinct().ToList();
        var typeNames = api.Models.Select(m => m.Name).Concat(api.Enums.Select(e => e.Name)).Concat(api.Unions.Select(u => u.Name))
            .Concat(headerClasses.Select(headers => headers.ClassName)).Concat(GeneratedNames.NamespaceTypes(api.ClientName)).ToHashSet();
        foreach (INamedTypeSymbol type in ns.GetTypeMembers())
        {
            Expect(typeNames.Contains(type.Name), "type " + type.Name);
            IEnumerable<string> members = type.GetMembers().Where(member => !member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: not MethodKind.Ordinary }).Select(member => member.Name).Distinct();
            foreach (string member in members)
            {
                Expect(IsExplained(api, type, member), $"{type.Name}.{member}");
            }
        }

        foreach (MethodDeclarationSyntax method in ClientMethods(outcome, api))
        {
            var parameters = method.ParameterList.Parameters.Select(parameter => parameter.Identifier.ValueText).ToHashSet();
            foreach (string local in Locals(method))
            {
                // A fixed local (numbered when a parameter has its name), or a parameter's value or multipart part.
                Expect(GeneratedNames.Locals.All.Contains(local.TrimEnd("0123456789".ToCharArray())) || parameters.Contains(local) || PatternLocal.IsMatch(local), $"{method.Identifier.Text}: local {local}");
            }
        }

        Assert.Empty(unexplained);

        void Expect(bool explained, string what)
        {
            if (!explained)
            {
                unexplained.Add(what);
            }
        }
    }

    private static bool IsExplained(ApiDescription api, INamedTypeSymbol type, string member)
    {
        string name = type.Name;
        if (api.Models.FirstOrDefault(model => model.Name == name) is { } model)
        {
            return member == model.AdditionalPropertiesName || GeneratedNames.ModelDeclares.Contains(member) || model.Properties.Any(property => property.Name == member);
        }

        if (api.Enums.FirstOrDefault(enumeration => enumeration.Name == name) is { } enumModel)
        {
            return GeneratedNames.EnumMembers.Contains(member) || enumModel.Members.Any(value => value.Name == member);
        }

        if (api.Unions.FirstOrDefault(union => union.Name == name) is { } unionModel)
        {
            return GeneratedNames.UnionMembers.Contains(member)
                || unionModel.Variants.Any(variant => GeneratedNames.UnionAccessorPrefixes.Any(prefix => prefix + variant.AccessorName == member));
        }

        if (api.Operations.Select(operation => operation.Response.Headers).FirstOrDefault(headers => headers?.ClassName == name) is { } headerClass)
        {
            // Its inherited members are ResponseHeaders', a template's.
            return headerClass.Headers.Any(header => header.PropertyName == member);
        }

        if (name == api.JsonContextName)
        {
            // Besides the registry's and the families: one JsonTypeInfo property per root type, and its field.
            bool isRoot = type.GetMembers(member.TrimStart('_')).OfType<IPropertySymbol>().Any(property => property.Type.Name == "JsonTypeInfo");
            return GeneratedNames.JsonContextMembers.Contains(member) || ContextFamilies.Any(member.StartsWith) || isRoot;
        }

        if (name == api.ClientName)
        {
            return GeneratedNames.ClientMembers.Contains(member)
                || member.StartsWith(GeneratedNames.SendMethod(string.Empty), StringComparison.Ordinal)
                || api.Operations.Any(operation => member == operation.MethodName || member == operation.StreamMethodName || member == operation.ResponseMethodName);
        }

        if (name == api.OptionsName)
        {
            return GeneratedNames.OptionsMembers.Contains(member)
                || api.SecuritySchemes.Any(scheme => GeneratedNames.CredentialSuffixes.Any(suffix => scheme.MemberPrefix + suffix == member));
        }

        // The interface repeats the client's methods; the fixed types, runtime and registration are the templates' and the emitters' own.
        return name == GeneratedNames.Interface(api.ClientName)
            ? api.Operations.Any(operation => member == operation.MethodName || member == operation.StreamMethodName || member == operation.ResponseMethodName)
            : GeneratedNames.NamespaceTypes(api.ClientName).Contains(name);
    }

    private static IEnumerable<MethodDeclarationSyntax> ClientMethods(GenerationOutcome outcome, ApiDescription api) =>
        outcome.Output.SyntaxTrees
            .Where(tree => tree.FilePath.EndsWith($"{api.Namespace}.{api.ClientName}.g.cs", StringComparison.Ordinal))
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>());

    private static IEnumerable<string> Locals(SyntaxNode method) =>
        method.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(variable => variable.Identifier.ValueText)
            .Concat(method.DescendantNodes().OfType<ForEachStatementSyntax>().Select(loop => loop.Identifier.ValueText))
            .Concat(method.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Select(designation => designation.Identifier.ValueText))
            .Concat(method.DescendantNodes().OfType<SimpleLambdaExpressionSyntax>().Select(lambda => lambda.Parameter.Identifier.ValueText));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using MindGen.Diagnostics;
using MindGen.Emit;
using MindGen.Model;

namespace MindGen.Generator;

/// <summary>
/// Generates models, a client and a System.Text.Json context for every OpenAPI document marked as a
/// MindGen spec. The pipeline only ever sees spec texts and their options, never the compilation, so
/// editing C# code re-runs nothing; editing a spec re-runs that spec alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MindGenGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // A spec's relative $refs may point into any other AdditionalFiles item; the texts of the ones it
        // reaches become part of its input, so editing one of them re-runs that spec, and editing any
        // other file leaves the input equal and everything after it cached.
        IncrementalValueProvider<ImmutableArray<AdditionalText>> allFiles = context.AdditionalTextsProvider.Collect();
        IncrementalValuesProvider<SpecInput> specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInputReader.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static input => input is not null)
            .Combine(allFiles)
            .Select(static (pair, cancellationToken) => SpecInputReader.AttachReferencedDocuments(pair.Left!, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpecInputs);

        IncrementalValuesProvider<SpecModel> models = specs
            .Select(static (input, cancellationToken) => new SpecModel(input.Path, MindGenEngine.BuildModel(input, cancellationToken)))
            .WithTrackingName(TrackingNames.Models);

        // Diagnostics have their own output: one that only moves does not make the sources regenerate.
        context.RegisterSourceOutput(
            models.Select(static (model, _) => model.Result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics),
            static (output, diagnostics) =>
            {
                foreach (SpecDiagnostic diagnostic in diagnostics)
                {
                    output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
                }
            });

        IncrementalValuesProvider<(string Path, ApiDescription Api)> apis = models
            .Where(static model => model.Result.Api is not null)
            .Select(static (model, _) => (model.Path, model.Result.Api!))
            .WithTrackingName(TrackingNames.Apis);

        // Two specs in one namespace would define the same types and hint names: the first (by path) wins.
        IncrementalValueProvider<EquatableArray<NamespaceClaim>> claims = apis
            .Select(static (api, _) => new NamespaceClaim(api.Api.Namespace, api.Path))
            .Collect()
            .Select(static (all, _) => all.OrderBy(claim => claim.SpecPath, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.NamespaceClaims);

        // The only look at the compilation, reduced to a bool: whether to emit services.Add<Client>().
        // It re-runs on every edit, but its value rarely changes, so nothing after it does.
        IncrementalValueProvider<bool> hasHttpClientFactory = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null)
            .WithTrackingName(TrackingNames.HttpClientFactory);

        // The project asks for fakes (MindGenFake: on in test projects, see MindGen.targets).
        IncrementalValueProvider<bool> fakes = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.MindGenFake", out string? value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.Fakes);

        IncrementalValueProvider<EmitOptions> emitOptions = hasHttpClientFactory.Combine(fakes)
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right));

        context.RegisterSourceOutput(
            apis.Combine(claims).Combine(emitOptions),
            static (output, input) => Emit(output, input.Left.Left.Path, input.Left.Left.Api, input.Left.Right, input.Right));
    }

    private static void Emit(SourceProductionContext output, string path, ApiDescription api, EquatableArray<NamespaceClaim> claims, EmitOptions options)
    {
        NamespaceClaim first = claims.First(claim => claim.Namespace == api.Namespace);
        if (first.SpecPath != path)
        {
            output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(SpecDiagnostic.Create(
                DiagnosticCatalog.DuplicateNamespace, new SourceLocation(path, 0, 0), path, api.Namespace, first.SpecPath)));
            return;
        }

        foreach (GeneratedFile file in SourceEmitter.Emit(api, options, output.CancellationToken))
        {
            output.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
        }
    }
}

/// <summary>A spec's path with the outcome of building its model.</summary>
internal sealed record SpecModel(string Path, ModelResult Result);

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MindGen.Benchmarks;

/// <summary>A spec as the compiler hands it to the generator: an AdditionalFile with the package's metadata.</summary>
internal sealed class InMemorySpec(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public InMemorySpec WithText(string newText) => new(Path, newText);
}

/// <summary>Marks every AdditionalFile as a MindGen spec, the way the package's targets do through .editorconfig metadata.</summary>
internal sealed class SpecOptions(string ns) : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptions _spec = new Options(ImmutableDictionary<string, string>.Empty
        .Add("build_metadata.AdditionalFiles.MindGenSpec", "true")
        .Add("build_metadata.AdditionalFiles.MindGenNamespace", ns));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _spec;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>A spec handed to the generator as an AdditionalFile with the metadata the package's targets set.</summary>
internal sealed class SpecFile : AdditionalText
{
    private readonly SourceText _text;

    public SpecFile(string path, string text, string? ns = null, string? clientName = null, bool isSpec = true, string? keepSchemas = null)
    {
        Path = path;
        _text = SourceText.From(text);
        Options = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.MindGenSpec"] = isSpec ? "true" : string.Empty,
            ["build_metadata.AdditionalFiles.MindGenNamespace"] = ns ?? string.Empty,
            ["build_metadata.AdditionalFiles.MindGenClientName"] = clientName ?? string.Empty,
            ["build_metadata.AdditionalFiles.MindGenKeepSchemas"] = keepSchemas ?? string.Empty,
        };
    }

    public override string Path { get; }

    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>The bundled spec, as the package adds it.</summary>
    public static SpecFile Bundled() => Fixture("enneo-mind-worklog.yaml", "Enneo.Mind", "EnneoMindClient");

    public static SpecFile Fixture(string name, string? ns = null, string? clientName = null, string? keepSchemas = null) =>
        new(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name), File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), ns, clientName, keepSchemas: keepSchemas);

    /// <summary>A fixture that shows schema features: every schema is generated, whether an operation reaches it or not.</summary>
    public static SpecFile SchemaLibrary(string name, string? ns = null, string? clientName = null) => Fixture(name, ns, clientName, keepSchemas: "*");

    /// <summary>A fixture that is an AdditionalFile but not a MindGenSpec (a file that specs refer to).</summary>
    public static SpecFile Referenced(string name) =>
        new(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name), File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), isSpec: false);

    public bool IsSpec => Options["build_metadata.AdditionalFiles.MindGenSpec"] == "true";

    public SpecFile WithText(string text) =>
        new(Path, text, Options["build_metadata.AdditionalFiles.MindGenNamespace"], Options["build_metadata.AdditionalFiles.MindGenClientName"], IsSpec, Options["build_metadata.AdditionalFiles.MindGenKeepSchemas"]);

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Serves each spec's metadata the way the compiler serves the generated .editorconfig, and the project's
/// properties (<c>build_property.MindGenFake</c>) as its global options.
/// </summary>
internal sealed class SpecOptionsProvider(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? properties = null) : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, SpecFile> _byPath = specs.ToDictionary(spec => spec.Path);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties ?? ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out SpecFile? spec) ? new Options(spec.Options) : GlobalOptions;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) =>
            values.TryGetValue(key, out value!) && value.Length > 0;
    }
}

using System.CommandLine;

namespace MindGen.Cli;

/// <summary>
/// The options that pick part of a spec (<c>--include-tags issues --exclude-paths '/repos/**#DELETE'</c>), the same
/// selectors a <c>MindGenSpec</c> item takes; each may be repeated or hold several values separated by <c>;</c>.
/// </summary>
public sealed class SelectionOptions
{
    private readonly Option<string[]> _includeTags = Create("--include-tags", "Operations with one of these tags.");
    private readonly Option<string[]> _includeOperations = Create("--include-operations", "Operations whose operationId matches one of these globs (getRepo, issues/*).");
    private readonly Option<string[]> _includePaths = Create("--include-paths", "Operations whose path matches one of these globs (* within a segment, ** across), optionally for one method: '/repos/**#GET'.");
    private readonly Option<string[]> _excludeTags = Create("--exclude-tags", "Leave out operations with one of these tags.");
    private readonly Option<string[]> _excludeOperations = Create("--exclude-operations", "Leave out operations whose operationId matches one of these globs.");
    private readonly Option<string[]> _excludePaths = Create("--exclude-paths", "Leave out operations whose path matches one of these globs.");
    private readonly Option<string[]> _keepSchemas = Create("--keep-schemas", "Component schemas (names or globs; '*' for all) to generate although no kept operation reaches them.");

    /// <summary>Adds the selectors to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _includeTags, _includeOperations, _includePaths, _excludeTags, _excludeOperations, _excludePaths, _keepSchemas })
        {
            command.Options.Add(option);
        }
    }

    public SpecSelection Read(ParseResult result) => new(
        Values(result, _includeTags),
        Values(result, _includeOperations),
        Values(result, _includePaths),
        Values(result, _excludeTags),
        Values(result, _excludeOperations),
        Values(result, _excludePaths),
        Values(result, _keepSchemas));

    private static Option<string[]> Create(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.ZeroOrMore };

    private static Model.EquatableArray<string> Values(ParseResult result, Option<string[]> option) =>
        SpecSelection.Parse(string.Join(";", result.GetValue(option) ?? []));
}

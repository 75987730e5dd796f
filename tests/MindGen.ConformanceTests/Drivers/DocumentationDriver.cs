using Conformance.Infrastructure;
using Conformance.Documentation;

namespace Conformance.Drivers;

/// <summary>Operations whose descriptions carry Markdown lists and emphasis: each compiles into documentation and answers.</summary>
public sealed class DocumentationDriver(Spector spector) : Driver(spector)
{
    private static DocumentationClient Client(HttpClient http) => new(http);

    [Scenario] public Task Documentation_Lists_bulletPointsOp() => Run(http => Client(http).ListsBulletPointsOpAsync());
    [Scenario] public Task Documentation_Lists_numbered() => Run(http => Client(http).ListsNumberedAsync());
    [Scenario] public Task Documentation_TextFormatting_boldText() => Run(http => Client(http).TextFormattingBoldTextAsync());
    [Scenario] public Task Documentation_TextFormatting_combinedFormatting() => Run(http => Client(http).TextFormattingCombinedFormattingAsync());
    [Scenario] public Task Documentation_TextFormatting_italicText() => Run(http => Client(http).TextFormattingItalicTextAsync());
}

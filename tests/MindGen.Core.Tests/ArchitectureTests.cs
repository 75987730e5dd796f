using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MindGen.Core.Tests;

/// <summary>
/// The engine's layering, read from its sources: data flows one way, text → model → source. Reading knows
/// no C#, the emitters never see the spec; and no file grows into a room that holds too much.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string Core = Path.Combine(RepositoryRoot(), "src", "MindGen.Core");

    [Theory]
    [InlineData("Reading", new[] { "MindGen.Building", "MindGen.Emit" })]
    [InlineData("Emit", new[] { "MindGen.Reading", "MindGen.Building", "Microsoft.OpenApi" })]
    [InlineData("Model", new[] { "MindGen.Reading", "MindGen.Building", "MindGen.Emit", "Microsoft.OpenApi" })]
    public void A_layer_uses_nothing_from_the_layers_it_must_not_know(string layer, string[] forbidden)
    {
        var offenders =
            from file in Directory.GetFiles(Path.Combine(Core, layer), "*.cs", SearchOption.AllDirectories)
            from line in File.ReadLines(file).Select((text, index) => (text, index))
            from name in forbidden
            where Regex.IsMatch(line.text, $@"\b{Regex.Escape(name)}\b")
            select $"{Path.GetRelativePath(Core, file)}:{line.index + 1} uses {name}";
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_source_file_holds_more_than_one_room_can()
    {
        var offenders =
            from file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            let lines = File.ReadLines(file).Count()
            let limit = file.Contains($"{Path.DirectorySeparatorChar}Building{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? 300 : 400
            where lines > limit
            select $"{Path.GetRelativePath(RepositoryRoot(), file)}: {lines} lines (at most {limit})";
        Assert.Empty(offenders);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
    {
        string? directory = Path.GetDirectoryName(path);
        while (directory is not null && !File.Exists(Path.Combine(directory, "MindGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the repository from " + path);
    }
}

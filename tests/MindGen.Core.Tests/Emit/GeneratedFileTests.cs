using MindGen.Emit;

namespace MindGen.Core.Tests.Emit;

/// <summary>A generated file's name is also a file name on disk: never longer than any file system takes.</summary>
public sealed class GeneratedFileTests
{
    [Fact]
    public void A_name_within_the_bound_is_kept()
    {
        Assert.Equal("Shop.Order.g.cs", new GeneratedFile("Shop.Order.g.cs", string.Empty).HintName);
    }

    [Fact]
    public void A_longer_name_keeps_its_start_and_gets_a_stable_hash_of_the_whole()
    {
        // Microsoft Graph beta names types after long operation paths.
        string type = string.Concat(Enumerable.Repeat("AccessPackageResourceRoleScopes", 10));
        string first = new GeneratedFile($"Graph.{type}First.g.cs", string.Empty).HintName;
        string second = new GeneratedFile($"Graph.{type}Second.g.cs", string.Empty).HintName;

        Assert.Equal(GeneratedFile.MaxHintNameLength, first.Length);
        Assert.StartsWith("Graph.AccessPackageResourceRoleScopes", first, StringComparison.Ordinal);
        Assert.EndsWith(".g.cs", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal(first, new GeneratedFile($"Graph.{type}First.g.cs", string.Empty).HintName);
    }
}

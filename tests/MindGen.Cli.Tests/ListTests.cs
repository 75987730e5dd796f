namespace MindGen.Cli.Tests;

/// <summary><c>mindgen list</c> shows what selectors can pick; <c>generate</c> and <c>check</c> take the same selectors.</summary>
public sealed class ListTests
{
    [Fact]
    public void Lists_every_operation_with_its_method_path_and_id()
    {
        (int exitCode, string stdout, _) = CommandLine.Run("list", CommandLine.Spec("diff-base.yaml"));

        Assert.Equal(0, exitCode);
        Assert.Contains("GET     /orders/{orderId}  getOrder", stdout);
        Assert.Contains("DELETE  /orders/{orderId}  deleteOrder", stdout);
        Assert.Contains("GET     /legacy            getLegacy", stdout);
        Assert.Contains("3 operations", stdout);
    }

    [Fact]
    public void Generate_takes_only_the_selected_operations_and_the_schemas_they_reach()
    {
        using var folder = new TempFolder();

        (int exitCode, _, _) = CommandLine.Run("generate", CommandLine.Spec("diff-base.yaml"), "-o", folder.Path, "--include-paths", "/orders/*#DELETE");

        Assert.Equal(0, exitCode);
        string client = File.ReadAllText(Path.Combine(folder.Path, "Shop.ShopClient.g.cs"));
        Assert.Contains("DeleteOrderAsync", client);
        Assert.DoesNotContain("GetOrderAsync", client);
        Assert.False(File.Exists(Path.Combine(folder.Path, "Shop.Order.g.cs")));
    }

    [Fact]
    public void Check_reports_a_selector_that_selects_nothing_as_an_error()
    {
        (int exitCode, string stdout, _) = CommandLine.Run("check", CommandLine.Spec("diff-base.yaml"), "--include-operations", "getOrder;listOrders");

        Assert.Equal(2, exitCode);
        Assert.Contains("error MG0014: IncludeOperations 'listOrders' selects nothing", stdout);
    }
}

using System.Text.Json;

namespace MindGen.Cli.Tests;

/// <summary>
/// <c>mindgen diff</c> over pairs of specs: Specs/diff-base.yaml and one edit of it per kind of change.
/// </summary>
public sealed class DiffTests
{
    private static readonly string Base = File.ReadAllText(CommandLine.Spec("diff-base.yaml"));

    [Theory]
    [InlineData("operation-removed", true, "    delete:\n      operationId: deleteOrder\n      parameters:\n        - { name: orderId, in: path, required: true, schema: { type: integer, format: int64 } }\n      responses:\n        '204': { description: gone }\n", "")]
    [InlineData("operation-renamed", true, "operationId: deleteOrder", "operationId: removeOrder")]
    [InlineData("operation-added", false, "    delete:\n", "    put:\n      operationId: putOrder\n      responses:\n        '204': { description: saved }\n    delete:\n")]
    [InlineData("parameter-removed", true, "        - { name: expand, in: query, schema: { type: string } }\n", "")]
    [InlineData("parameter-added", true, "        - { name: expand,", "        - { name: X-Tenant, in: header, required: true, schema: { type: string } }\n        - { name: expand,")]
    [InlineData("parameter-added", false, "        - { name: expand,", "        - { name: page, in: query, schema: { type: integer } }\n        - { name: expand,")]
    [InlineData("parameter-type-changed", true, "name: expand, in: query, schema: { type: string }", "name: expand, in: query, schema: { type: boolean }")]
    [InlineData("parameter-now-required", true, "name: expand, in: query, schema", "name: expand, in: query, required: true, schema")]
    [InlineData("result-type-changed", true, "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }", "'200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Order' } } } } }")]
    [InlineData("type-removed", true, "  /legacy:\n    get:\n      operationId: getLegacy\n      responses:\n        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Legacy' } } } }\ncomponents:\n  schemas:\n    Legacy:\n      type: object\n      properties:\n        code: { type: string }\n", "components:\n  schemas:\n")]
    [InlineData("type-added", false, "        code: { type: string }\n", "        code: { type: string }\n        coupon: { $ref: '#/components/schemas/Coupon' }\n    Coupon:\n      type: object\n      properties:\n        code: { type: string }\n")]
    [InlineData("type-kind-changed", true, "    Legacy:\n      type: object\n      properties:\n        code: { type: string }\n", "    Legacy:\n      type: string\n      enum: [a, b]\n")]
    [InlineData("property-removed", true, "        note: { type: string }\n", "")]
    [InlineData("property-added", false, "        note: { type: string }\n", "        note: { type: string }\n        gift: { type: boolean }\n")]
    [InlineData("property-type-changed", true, "note: { type: string }", "note: { type: integer }")]
    [InlineData("property-now-required", true, "required: [id]", "required: [id, note]")]
    [InlineData("property-now-optional", false, "required: [id]\n      properties:\n        id: { type: integer, format: int64 }", "required: []\n      properties:\n        id: { type: integer, format: int64, nullable: true }")]
    [InlineData("enum-value-removed", true, "enum: [open, shipped, cancelled]", "enum: [open, shipped]")]
    [InlineData("enum-value-added", false, "enum: [open, shipped, cancelled]", "enum: [open, shipped, cancelled, returned]")]
    public void Each_kind_of_change_is_found_and_classified(string kind, bool breaking, string before, string after)
    {
        Assert.Contains(before, Base);
        using var folder = new TempFolder();
        string changed = folder.PathOf("changed.yaml");
        File.WriteAllText(changed, Base.Replace(before, after));

        (int exitCode, string output, string error) = CommandLine.Run("diff", CommandLine.Spec("diff-base.yaml"), changed, "--format", "json");

        Assert.True(error.Length == 0, error);
        JsonElement[] changes = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Contains(changes, change => change.GetProperty("kind").GetString() == kind && change.GetProperty("breaking").GetBoolean() == breaking);
        Assert.Equal(changes.Any(change => change.GetProperty("breaking").GetBoolean()) ? 1 : 0, exitCode);
    }

    [Fact]
    public void Paging_added_or_removed_is_classified()
    {
        const string Legacy = "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Legacy' } } } }";
        const string List = "'200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Legacy' } } } } }";
        const string Paged = "'200': { description: ok, headers: { Link: { schema: { type: string } } }, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Legacy' } } } } }";
        Assert.Contains(Legacy, Base);
        using var folder = new TempFolder();
        string list = folder.PathOf("list.yaml"), paged = folder.PathOf("paged.yaml");
        File.WriteAllText(list, Base.Replace(Legacy, List));
        File.WriteAllText(paged, Base.Replace(Legacy, Paged));

        // GitHub's way pages by the Link header it declares, which is typed on the response too.
        Assert.Equal([("pages-added", false), ("response-header-added", false)], Changes(list, paged));
        Assert.Equal([("pages-removed", true), ("response-header-removed", true)], Changes(paged, list));
    }

    [Fact]
    public void A_declared_response_header_removed_or_retyped_breaks_and_one_added_does_not()
    {
        const string Json = "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }";
        string Declaring(string headers) => Json.Replace("description: ok,", $"description: ok, headers: {{ {headers} }},");
        using var folder = new TempFolder();
        string one = folder.PathOf("one.yaml"), two = folder.PathOf("two.yaml"), retyped = folder.PathOf("retyped.yaml");
        File.WriteAllText(one, Base.Replace(Json, Declaring("X-Rate-Limit: { schema: { type: integer } }")));
        File.WriteAllText(two, Base.Replace(Json, Declaring("X-Rate-Limit: { schema: { type: integer } }, ETag: { schema: { type: string } }")));
        File.WriteAllText(retyped, Base.Replace(Json, Declaring("X-Rate-Limit: { schema: { type: string } }")));

        Assert.Equal([("response-header-added", false)], Changes(one, two));
        Assert.Equal([("response-header-removed", true)], Changes(two, one));
        Assert.Equal([("response-header-type-changed", true)], Changes(one, retyped));
    }

    [Fact]
    public void A_stream_added_removed_or_retyped_is_classified()
    {
        const string Json = "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }";
        const string WithEvents = "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } }, text/event-stream: { schema: { $ref: '#/components/schemas/Order' } } } }";
        const string WithText = "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } }, text/event-stream: { schema: { type: string } } } }";
        using var folder = new TempFolder();
        string plain = folder.PathOf("plain.yaml"), events = folder.PathOf("events.yaml"), text = folder.PathOf("text.yaml");
        File.WriteAllText(plain, Base);
        File.WriteAllText(events, Base.Replace(Json, WithEvents));
        File.WriteAllText(text, Base.Replace(Json, WithText));

        Assert.Equal(("stream-added", false), Single(plain, events));
        Assert.Equal(("stream-removed", true), Single(events, plain));
        Assert.Equal(("stream-item-changed", true), Single(events, text));

        static (string Kind, bool Breaking) Single(string before, string after)
        {
            (_, string output, string error) = CommandLine.Run("diff", before, after, "--format", "json");
            Assert.True(error.Length == 0, error);
            JsonElement change = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray());
            return (change.GetProperty("kind").GetString()!, change.GetProperty("breaking").GetBoolean());
        }
    }

    [Fact]
    public void The_same_spec_has_no_changes_and_text_output_says_so()
    {
        (int exitCode, string output, _) = CommandLine.Run("diff", CommandLine.Spec("diff-base.yaml"), CommandLine.Spec("diff-base.yaml"));
        Assert.Equal((0, "0 breaking, 0 non-breaking changes"), (exitCode, output.Trim()));
    }

    [Fact]
    public void Text_output_lists_breaking_changes_first()
    {
        (int exitCode, string output, _) = CommandLine.Run("diff", CommandLine.Spec("diff-base.yaml"), CommandLine.Spec("diff-next.yaml"));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "breaking      operation-renamed        DeleteOrderAsync: DELETE /orders/{orderId} is now CancelOrderAsync",
                "breaking      enum-value-removed       Status.Cancelled: the value 'cancelled' was removed",
                "non-breaking  property-added           Order.Gift: an optional property bool? (JSON 'gift') was added",
                "non-breaking  enum-value-added         Status.Returned: the value 'returned' was added",
                "2 breaking, 2 non-breaking changes",
            ],
            output.Trim().Split('\n'));
    }

    // What `mindgen diff` reports between two files, as (kind, breaking) pairs.
    private static (string Kind, bool Breaking)[] Changes(string before, string after)
    {
        (_, string output, string error) = CommandLine.Run("diff", before, after, "--format", "json");
        Assert.True(error.Length == 0, error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray().Select(change => (change.GetProperty("kind").GetString()!, change.GetProperty("breaking").GetBoolean()))];
    }
}

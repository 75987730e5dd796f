using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// A class's member table (the context's JsonMembers) past what one 64-bit word of "seen" bits holds: members in
/// any order, escaped names, unknown members kept, and a missing required member beyond the first 64 named.
/// </summary>
public sealed class MemberTableTests
{
    private const int Count = 70;

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Wide, version: '1'}\npaths:\n  /wide:\n    get:\n      operationId: getWide\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Wide'}}}}\n");
        spec.Append("components:\n  schemas:\n    Wide:\n      type: object\n      required: [m0, m63, m64, m69]\n      properties:\n");
        for (int i = 0; i < Count; i++)
        {
            spec.Append($"        m{i}: {{type: integer}}\n");
        }

        return GeneratorHarness.Run([new SpecFile("wide.yaml", spec.ToString(), "Wide")]).Load();
    });

    [Fact]
    public void Every_member_reads_in_any_order_and_unknown_ones_are_kept()
    {
        string json = "{" + string.Join(",", Enumerable.Range(0, Count).Reverse().Select(i => $"\"m{i}\":{i}")) + ",\"\\u006d5\":500,\"extra\":true}";

        object read = JsonSerializer.Deserialize(json, TypeInfo())!;

        Assert.Equal(69L, Property(read, "M69"));
        Assert.Equal(64L, Property(read, "M64"));
        Assert.Equal(500L, Property(read, "M5"));
        var kept = (IDictionary<string, JsonElement>)Property(read, "AdditionalProperties")!;
        Assert.True(kept["extra"].GetBoolean());
        JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(read, TypeInfo()))!;
        Assert.Equal(500, (int)written["m5"]!);
        Assert.True((bool)written["extra"]!);
    }

    [Theory]
    [InlineData("m0")]
    [InlineData("m63")]
    [InlineData("m64")]
    [InlineData("m69")]
    public void A_missing_required_member_is_named_wherever_it_stands(string missing)
    {
        string json = "{" + string.Join(",", new[] { "m0", "m63", "m64", "m69" }.Where(name => name != missing).Select(name => $"\"{name}\":1")) + "}";

        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TypeInfo()));

        Assert.Contains($"the required property '{missing}' of Wide is missing", exception.Message);
    }

    private static object? Property(object value, string name) => value.GetType().GetProperty(name)!.GetValue(value);

    private static JsonTypeInfo TypeInfo()
    {
        var context = (JsonSerializerContext)Compiled.Value.GetType("Wide.WideJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        return context.GetTypeInfo(Compiled.Value.GetType("Wide.Wide")!)!;
    }
}

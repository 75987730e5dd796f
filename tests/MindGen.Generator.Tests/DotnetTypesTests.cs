using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests;

/// <summary>
/// The .NET types as ASP.NET Core describes them (Fixtures/schemas/aspnetcore.yaml) read what such a server
/// writes and accepts, and write what it reads: numbers from numbers or numeric strings, written as numbers;
/// a TimeSpan in its constant format; a char.
/// </summary>
public sealed class DotnetTypesTests
{
    private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.Run([SpecFile.Fixture(Path.Combine("schemas", "aspnetcore.yaml"), ns: null)]).Load());

    [Fact]
    public void Numbers_read_from_numbers_or_numeric_strings_and_are_written_as_numbers()
    {
        const string sent = """{"id":"9007199254740993","count":5,"price":"1.10","ratio":"2.5e3","small":null,"duration":"1.02:03:04.5000000","letter":"x","short":"-7","byte":255,"unsigned":"4294967295","bigUnsigned":18446744073709551615,"counters":{"a":"1","b":2},"idOrSlug":"a-slug"}""";
        const string expected = """{"id":9007199254740993,"count":5,"price":1.10,"ratio":2500,"small":null,"duration":"1.02:03:04.5000000","letter":"x","short":-7,"byte":255,"unsigned":4294967295,"bigUnsigned":18446744073709551615,"counters":{"a":1,"b":2},"idOrSlug":"a-slug"}""";
        JsonTypeInfo todo = TypeInfo("Todo");

        object read = JsonSerializer.Deserialize(sent, todo)!;

        Assert.Equal(9007199254740993L, read.GetType().GetProperty("Id")!.GetValue(read));
        Assert.Equal(1.10m, read.GetType().GetProperty("Price")!.GetValue(read));
        Assert.Equal(new TimeSpan(1, 2, 3, 4, 500), read.GetType().GetProperty("Duration")!.GetValue(read));
        Assert.Equal('x', read.GetType().GetProperty("Letter")!.GetValue(read));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(JsonSerializer.Serialize(read, todo))), JsonSerializer.Serialize(read, todo));
    }

    [Theory]
    [InlineData("""{"id":"12a","count":1,"price":1,"ratio":1,"duration":"00:00:01","letter":"x"}""", "$.id", "an integer (Int64) or a string holding one")]
    [InlineData("""{"id":1,"count":1,"price":1,"ratio":1,"duration":"soon","letter":"x"}""", "$.duration", "a time span (d.hh:mm:ss)")]
    [InlineData("""{"id":1,"count":1,"price":1,"ratio":1,"duration":"00:00:01","letter":"xy"}""", "$.letter", "one character")]
    public void What_is_not_such_a_value_fails_with_its_path(string json, string path, string expected)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TypeInfo("Todo")));
        Assert.Equal(path, exception.Path);
        Assert.Contains("expected " + expected, exception.Message);
    }

    private static JsonTypeInfo TypeInfo(string type)
    {
        var context = (JsonSerializerContext)Compiled.Value.GetType("DotnetTypes.DotnetTypesJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        return context.GetTypeInfo(Compiled.Value.GetType("DotnetTypes." + type)!)!;
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;
using MindGen.Generator.Tests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.Generator.Tests.Naming;

/// <summary>
/// The spec whose every name is a name the generated code declares itself, a C# keyword or a BCL type
/// (<see cref="TortureSpec"/>): it compiles without a warning, and every name survives a round trip, as JSON
/// and as a query parameter sent to a real server.
/// </summary>
public sealed class NameTortureTests
{
    // With the fake: its operations and call classes meet every name too.
    private static readonly GenerationOutcome Outcome = GeneratorHarness.Run([new SpecFile("torture.json", TortureSpec.Text, TortureSpec.Namespace, TortureSpec.ClientName)], GeneratorHarness.WithFakes);
    private static readonly Lazy<Assembly> Compiled = new(() => Outcome.Load());

    [Fact]
    public void Compiles_with_warnings_as_errors()
    {
        Assert.Null(Outcome.GeneratorException);
        Assert.Empty(Outcome.GeneratorDiagnostics);
        Assert.Empty(Outcome.CompilationProblems);
    }

    [Fact]
    public void Every_member_survives_a_json_round_trip()
    {
        var json = new JsonObject();
        foreach (string name in TortureSpec.Names)
        {
            json[name] = new JsonObject { [name] = name, ["value"] = 7 };
        }

        json["choice"] = "await";
        json["level"] = -3;
        json["mixed"] = new JsonArray(new JsonObject { ["text"] = "a" });
        json["shape"] = new JsonObject { ["kind"] = "Circle", ["radius"] = 2.5 };
        json["bits"] = new JsonArray(true, false);
        json["maybeBits"] = new JsonArray(true, null);
        json["parts"] = new JsonArray(new JsonObject { ["text"] = "b" });

        JsonTypeInfo everything = TypeInfo("Everything");
        object read = JsonSerializer.Deserialize(json.ToJsonString(), everything)!;
        Assert.True(JsonNode.DeepEquals(json, JsonNode.Parse(JsonSerializer.Serialize(read, everything))), JsonSerializer.Serialize(read, everything));
        Assert.Null(read.GetType().GetProperty("AdditionalProperties")!.GetValue(read));
        Assert.Equal("Circle", read.GetType().GetProperty("Shape")!.GetValue(read)!.GetType().Name);
    }

    [Fact]
    public void Every_enum_value_is_listed_and_every_union_variant_has_its_own_accessors()
    {
        Type choice = Compiled.Value.GetType("Torture.Choice")!;
        var listed = choice.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(property => property.GetValue(null)!.ToString()!).ToHashSet();
        Assert.Equal(TortureSpec.Names.ToHashSet(), listed);

        Type mixed = Compiled.Value.GetType("Torture.Mixed")!;
        var accessors = mixed.GetMethods().Where(method => method.Name.StartsWith("TryGet", StringComparison.Ordinal)).Select(method => method.Name).ToList();
        Assert.Equal(6, accessors.Count);
        Assert.Contains("TryGetBoolean", accessors);
        Assert.Contains("TryGetBoolean2", accessors);
    }

    [Fact]
    public async Task Every_parameter_name_reaches_the_server_under_its_own_name()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            // Parsed by hand: ASP.NET Core's Request.Query folds names that differ only in case.
            var echo = new JsonObject();
            foreach (string pair in context.Request.QueryString.Value!.TrimStart('?').Split('&'))
            {
                string[] parts = pair.Split('=');
                echo[Uri.UnescapeDataString(parts[0])] = Uri.UnescapeDataString(parts[1]);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(echo.ToJsonString());
        });
        using var http = new HttpClient { BaseAddress = server.Root };
        object client = Activator.CreateInstance(Compiled.Value.GetType("Torture.TortureClient")!, http)!;
        MethodInfo echoAsync = client.GetType().GetMethod("EchoAsync")!;

        // The spec's names win over the method's own locals, which move aside; only the method's own parameters (the
        // token, the per-call options) are reserved.
        var names = echoAsync.GetParameters().Select(parameter => parameter.Name).ToHashSet();
        Assert.Superset(new HashSet<string?> { "request", "response", "item", "file", "await", "value", "cancellationToken", "cancellationToken2" }, names);

        // Each parameter carries its own C# name as its value: the server must see every one, each once.
        object?[] arguments = echoAsync.GetParameters().Select(parameter =>
            parameter.ParameterType == typeof(string) ? parameter.Name
            : parameter.ParameterType == typeof(CancellationToken) ? (object)CancellationToken.None
            : null).ToArray();
        var task = (Task)echoAsync.Invoke(client, arguments)!;
        await task;
        var received = (IReadOnlyDictionary<string, string>)task.GetType().GetProperty("Result")!.GetValue(task)!;

        Assert.Equal(TortureSpec.Names.Order(StringComparer.Ordinal), received.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(received.Count, received.Values.Distinct().Count());
        Assert.Equal("await", received["await"].TrimStart('@'));
    }

    [Fact]
    public async Task Every_multipart_part_reaches_the_server_under_its_own_name()
    {
        // Read from the raw body: ASP.NET Core's form collection folds names that differ only in case.
        var received = new List<string>();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            received.AddRange(System.Text.RegularExpressions.Regex.Matches(body, "form-data; name=\"?([^\";\r]*)").Select(match => match.Groups[1].Value));
            context.Response.StatusCode = 204;
        });
        using var http = new HttpClient { BaseAddress = server.Root };
        object client = Activator.CreateInstance(Compiled.Value.GetType("Torture.TortureClient")!, http)!;
        MethodInfo upload = client.GetType().GetMethod("UploadAsync")!;
        Type file = Compiled.Value.GetType("Torture.FileParameter")!;
        Assert.Contains(upload.GetParameters(), parameter => parameter.Name == "file" && parameter.ParameterType == file);
        object NewFile() => Activator.CreateInstance(file, new MemoryStream([1, 2, 3]), "a.bin", null)!;

        object?[] arguments = upload.GetParameters().Select(parameter =>
            parameter.ParameterType == typeof(string) ? parameter.Name
            : parameter.ParameterType == file ? NewFile()
            : parameter.ParameterType == typeof(CancellationToken) ? (object)CancellationToken.None
            : parameter.Name == "requestOptions" ? null
            : CreateList(file, NewFile(), NewFile())).ToArray();
        await (Task)upload.Invoke(client, arguments)!;

        Assert.Equal(TortureSpec.Names.Append("attachments").Order(StringComparer.Ordinal), received.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(2, received.Count(name => name == "attachments"));
    }

    private static object CreateList(Type element, params object[] items)
    {
        var array = Array.CreateInstance(element, items.Length);
        Array.Copy(items, array, items.Length);
        return array;
    }

    private static JsonTypeInfo TypeInfo(string type)
    {
        var context = (JsonSerializerContext)Compiled.Value.GetType("Torture.TortureJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        return context.GetTypeInfo(Compiled.Value.GetType("Torture." + type)!)!;
    }
}

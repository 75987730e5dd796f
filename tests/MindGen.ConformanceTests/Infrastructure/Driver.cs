using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Conformance.Infrastructure;

/// <summary>The base of a driver: one area's scenarios, each a method named after the scenario that calls <see cref="Run"/>.</summary>
[Collection(SpectorCollection.Name)]
[Trait("Category", "Conformance")]
public abstract class Driver(Spector spector)
{
    /// <summary>The suite's server as a caller writes it into a server variable such as <c>{endpoint}</c>: scheme, host and port.</summary>
    protected static string Endpoint(HttpClient http) => http.BaseAddress!.GetLeftPart(UriPartial.Authority);

    /// <summary>Runs the scenario's calls (see <see cref="Spector.RunAsync"/>).</summary>
    protected Task Run(Func<HttpClient, Task> calls, [CallerMemberName] string scenario = "") => spector.RunAsync(scenario, calls);

    /// <summary>
    /// Reads a value and checks it against the body the scenario documents (or <paramref name="body"/>, where the
    /// documentation is not JSON), written back as JSON, so that every member counts.
    /// </summary>
    protected Task Reads<T>(Func<HttpClient, Task<T>> get, JsonTypeInfo<T> type, string? body = null, [CallerMemberName] string scenario = "") =>
        Run(async http => AssertRead(body ?? ScenarioDocs.Body(scenario), await get(http), type), scenario);

    /// <summary>Checks that <paramref name="read"/>, written back as JSON, is <paramref name="expected"/> (member order aside).</summary>
    protected static void AssertRead<T>(string expected, T read, JsonTypeInfo<T> type)
    {
        string actual = JsonSerializer.Serialize(read, type);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}, read {actual}");
    }

    /// <summary>Checks that <paramref name="read"/> holds the bytes of the suite's asset <paramref name="asset"/> (image.png, image.jpg), and disposes it.</summary>
    protected static async Task AssertAsset(string asset, Stream read)
    {
        await using (read)
        {
            using var bytes = new MemoryStream();
            await read.CopyToAsync(bytes);
            Assert.Equal(await File.ReadAllBytesAsync(Spector.Asset(asset)), bytes.ToArray());
        }
    }

    /// <summary>Sends the body the scenario documents (or <paramref name="body"/>), as the client's type holds it.</summary>
    protected Task Sends<T>(Func<HttpClient, T, Task> put, JsonTypeInfo<T> type, string? body = null, [CallerMemberName] string scenario = "") =>
        Run(http => put(http, JsonSerializer.Deserialize(body ?? ScenarioDocs.Body(scenario), type)!), scenario);

    /// <summary>Sends the body the scenario documents and checks that the answer reads as the same.</summary>
    protected Task Echoes<T>(Func<HttpClient, T, Task<T>> call, JsonTypeInfo<T> type, string? body = null, [CallerMemberName] string scenario = "") => Run(async http =>
    {
        string sent = body ?? ScenarioDocs.Body(scenario);
        AssertRead(sent, await call(http, JsonSerializer.Deserialize(sent, type)!), type);
    }, scenario);
}

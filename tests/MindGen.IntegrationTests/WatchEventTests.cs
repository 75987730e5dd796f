using System.Text;
using Kubernetes;
using Microsoft.AspNetCore.Http;
using MindGen.Tests.Shared;
using static MindGen.IntegrationTests.Infrastructure.AsyncItems;

namespace MindGen.IntegrationTests;

/// <summary>
/// Kubernetes' watch (Specs/pods.yaml, shaped as Kubernetes' own OpenAPI 2.0 document): a list operation answers with
/// the list, or with ?watch=true a line per change, <c>{"type":"ADDED","object":{…}}</c>, read as <c>WatchEvent&lt;Pod&gt;</c>.
/// </summary>
public sealed class WatchEventTests
{
    [Fact]
    public async Task A_watch_asks_with_watch_true_and_yields_each_change_with_its_object()
    {
        await using LoopbackServer server = await ServingAsync(
            """{"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"web-1","resourceVersion":"10"}}}""" + "\n",
            // The object may come first, and members Kubernetes adds later are skipped.
            """{"object":{"kind":"Pod","metadata":{"name":"web-1","resourceVersion":"11"}},"type":"MODIFIED","extra":[1,{"a":2}]}""" + "\n",
            """{"type":"BOOKMARK","object":{"kind":"Pod","metadata":{"resourceVersion":"12"}}}""" + "\n",
            """{"type":"DELETED","object":{"kind":"Pod","metadata":{"name":"web-1","resourceVersion":"13"}}}""" + "\n");
        using HttpClient http = server.CreateClient();

        List<WatchEvent<IoK8sApiCoreV1Pod>> changes = await ListAsync(new KubernetesClient(http).ListCoreV1NamespacedPodStreamingAsync("default", resourceVersion: "9"));

        Assert.Equal(["ADDED", "MODIFIED", "BOOKMARK", "DELETED"], changes.Select(change => change.Type));
        Assert.Equal(["10", "11", "12", "13"], changes.Select(change => change.Object.Metadata!.ResourceVersion));
        Assert.Equal("web-1", changes[1].Object.Metadata!.Name);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/api/v1/namespaces/default/pods?resourceVersion=9&watch=true", request.PathAndQuery);
        Assert.Equal("application/json;stream=watch", request.Headers["Accept"]);
    }

    [Fact]
    public async Task The_plain_method_sends_what_it_is_given_and_reads_the_list()
    {
        await using LoopbackServer server = await LoopbackServer.RespondingAsync(200, """{"kind":"PodList","items":[{"kind":"Pod","metadata":{"name":"web-1"}}]}""");
        using HttpClient http = server.CreateClient();

        IoK8sApiCoreV1PodList pods = await new KubernetesClient(http).ListCoreV1NamespacedPodAsync("default");

        Assert.Equal("web-1", Assert.Single(pods.Items).Metadata!.Name);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("/api/v1/namespaces/default/pods", request.PathAndQuery);
        Assert.DoesNotContain("stream=watch", request.Headers["Accept"]);
    }

    [Fact]
    public async Task An_ERROR_event_throws_with_the_status_it_carries()
    {
        const string expired = """{"kind":"Status","status":"Failure","message":"too old resource version","reason":"Expired","code":410}""";
        await using LoopbackServer server = await ServingAsync(
            """{"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"web-1"}}}""" + "\n",
            """{"type":"ERROR","object":""" + expired + "}\n");
        using HttpClient http = server.CreateClient();

        (List<WatchEvent<IoK8sApiCoreV1Pod>> changes, ApiException exception) =
            await ListUntilThrownAsync<WatchEvent<IoK8sApiCoreV1Pod>, ApiException>(new KubernetesClient(http).ListCoreV1NamespacedPodStreamingAsync("default"));

        Assert.Equal("web-1", Assert.Single(changes).Object.Metadata!.Name);
        Assert.Equal("listCoreV1NamespacedPod", exception.OperationId);
        Assert.Contains("too old resource version", exception.ResponseBody);
    }

    [Fact]
    public async Task The_watch_endpoint_yields_its_events_objects_as_JSON()
    {
        await using LoopbackServer server = await ServingAsync("""{"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"web-1"}}}""" + "\n");
        using HttpClient http = server.CreateClient();

        WatchEvent<System.Text.Json.JsonElement> change = Assert.Single(await ListAsync(new KubernetesClient(http).WatchCoreV1NamespacedPodListStreamingAsync("default")));

        Assert.Equal(("ADDED", "Pod"), (change.Type, change.Object.GetProperty("kind").GetString()));
    }

    // Writes the lines byte by byte groups of 7, as a watch that trickles.
    private static Task<LoopbackServer> ServingAsync(params string[] lines) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json;stream=watch";
            byte[] body = Encoding.UTF8.GetBytes(string.Concat(lines));
            for (int offset = 0; offset < body.Length; offset += 7)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(7, body.Length - offset)));
                await context.Response.Body.FlushAsync();
            }
        });
}

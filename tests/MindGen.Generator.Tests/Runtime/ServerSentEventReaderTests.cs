using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Generator.Tests.Infrastructure;

namespace MindGen.Generator.Tests.Runtime;

/// <summary>
/// The runtime's reader of server-sent events (ClientRuntime.EventFraming.cs), compiled from its template as a
/// consumer compiles it, reads bodies that arrive a byte per read to the events the WHATWG rules make of them. It is
/// MindGen's own on every framework, .NET 10's included, whose parser breaks one of those rules (the last test).
/// </summary>
public sealed class ServerSentEventReaderTests
{
    // Exposes the private reader to the test: each event as type|last event ID|retry ms|data.
    private const string Probe = """
        #nullable enable
        namespace MindGen.Templates;

        internal static partial class ClientRuntime
        {
            public static readonly global::System.Uri? DefaultBaseAddress = null;
        }

        public static class Probe
        {
            public static async global::System.Threading.Tasks.Task<global::System.Collections.Generic.List<string>> ReadAsync(global::System.IO.Stream body, string? lastEventId) =>
                await ClientRuntime.ReadAllAsync(body, lastEventId);
        }

        internal static partial class ClientRuntime
        {
            public static async global::System.Threading.Tasks.Task<global::System.Collections.Generic.List<string>> ReadAllAsync(global::System.IO.Stream body, string? lastEventId)
            {
                var reader = new ServerSentEventReader(body, lastEventId);
                var events = new global::System.Collections.Generic.List<string>();
                while (await reader.ReadAsync(default))
                {
                    events.Add(reader.EventType + "|" + reader.LastEventId + "|" + reader.Retry?.TotalMilliseconds + "|" + reader.DataText());
                }

                return events;
            }
        }
        """;

    public static TheoryData<string, string?, string[]> Bodies()
    {
        (string Body, string? LastEventId, string[] Events)[] bodies =
        [
            // Lines end with LF, CR or CRLF; a leading BOM is dropped; comments are skipped.
            ("\uFEFFdata: a\r\n\r\n: ping\rdata: b\r\rdata: c\n\n", null, ["message|||a", "message|||b", "message|||c"]),
            // Multi-line data joins with LF; one space after the colon is dropped, a second is kept; no colon is an empty value.
            ("data: one\ndata:  two\ndata\n\n", null, ["message|||one\n two\n"]),
            // The type resets after each event; the ID persists; retry counts only when it is digits.
            ("event: tick\nid: 7\nretry: 1500\ndata: x\n\nretry: 2s\ndata: y\n\n", null, ["tick|7|1500|x", "message|7|1500|y"]),
            // An ID with NUL is ignored; an event without data is not dispatched; an event the body ends before is dropped.
            ("id: a\0b\nevent: empty\n\ndata: z\n\ndata: cut off", null, ["message|||z"]),
            // A reconnection keeps the ID it resumed from until the server sets another.
            ("data: p\n\nid: 9\ndata: q\n\n", "8", ["message|8||p", "message|9||q"]),
        ];
        var data = new TheoryData<string, string?, string[]>();
        foreach ((string body, string? lastEventId, string[] events) in bodies)
        {
            data.Add(body, lastEventId, events);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Events_are_read_by_the_WHATWG_rules(string body, string? lastEventId, string[] expected)
    {
        List<string> events = await Read(new TricklingStream(Encoding.UTF8.GetBytes(body)), lastEventId);

        Assert.Equal(expected, events);
    }

    [Fact]
    public async Task NET_10s_SseParser_keeps_the_type_of_an_event_without_data_which_the_WHATWG_rules_reset()
    {
        // A heartbeat `event: ping` with no data, then a plain message: the rules make it `message`. .NET 10's parser
        // makes it `ping`, which would read a stream's next event as the wrong class; MindGen's reader does not.
        const string Body = "event: ping\n\ndata: {}\n\n";
        var parser = System.Net.ServerSentEvents.SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(Body)));
        var types = new List<string>();
        await foreach (System.Net.ServerSentEvents.SseItem<string> item in parser.EnumerateAsync())
        {
            types.Add(item.EventType);
        }

        Assert.Equal(["ping"], types);
        Assert.Equal(["message|||{}"], await Read(new MemoryStream(Encoding.UTF8.GetBytes(Body)), null));
    }

    private static readonly Func<Stream, string?, Task<List<string>>> Read = Compile();

    private static Func<Stream, string?, Task<List<string>>> Compile()
    {
        string template = new StreamReader(typeof(MindGenGenerator).Assembly.GetManifestResourceStream("MindGen.Templates.ClientRuntime.EventFraming.cs")!).ReadToEnd();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(template, Probe);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
        MethodInfo method = assembly.GetType("MindGen.Templates.Probe")!.GetMethod("ReadAsync")!;
        return (body, lastEventId) => (Task<List<string>>)method.Invoke(null, [body, lastEventId])!;
    }

    // A body that arrives a byte per read, so that every line ending falls between two reads.
    private sealed class TricklingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);
    }
}

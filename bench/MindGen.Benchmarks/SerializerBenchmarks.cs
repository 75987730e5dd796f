using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Enneo.Mind;
using MindGen.Benchmarks.Stj;

namespace MindGen.Benchmarks;

/// <summary>
/// 50,000 worklogs (~55 MB), the same bytes for every column: MindGen's generated context, System.Text.Json's
/// source-generated context over identical classes (the baseline), its reflection serializer, and a raw
/// <see cref="Utf8JsonReader"/> pass over every token (the floor no deserializer can beat).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializerBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new();

    private byte[] _json = [];
    private IReadOnlyList<Enneo.Mind.TicketWorklog> _mindGenWorklogs = [];
    private IReadOnlyList<Stj.TicketWorklog> _stjWorklogs = [];
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024 * 1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = WorklogData.Create();
        _mindGenWorklogs = JsonSerializer.Deserialize(_json, EnneoMindJsonContext.Default.IReadOnlyListTicketWorklog)!;
        _stjWorklogs = JsonSerializer.Deserialize(_json, StjSourceGenContext.Default.IReadOnlyListTicketWorklog)!;
        _writer = new Utf8JsonWriter(_output);
        Agreement.Check(_json, _mindGenWorklogs, _stjWorklogs, Deserialize_StjReflection());
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Description = "MindGen context"), BenchmarkCategory("Deserialize")]
    public IReadOnlyList<Enneo.Mind.TicketWorklog> Deserialize_MindGen() =>
        JsonSerializer.Deserialize(_json, EnneoMindJsonContext.Default.IReadOnlyListTicketWorklog)!;

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory("Deserialize")]
    public IReadOnlyList<Stj.TicketWorklog> Deserialize_StjSourceGen() =>
        JsonSerializer.Deserialize(_json, StjSourceGenContext.Default.IReadOnlyListTicketWorklog)!;

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory("Deserialize")]
    public IReadOnlyList<Stj.TicketWorklog> Deserialize_StjReflection() =>
        JsonSerializer.Deserialize<IReadOnlyList<Stj.TicketWorklog>>(_json, ReflectionOptions)!;

    [Benchmark(Description = "Utf8JsonReader floor"), BenchmarkCategory("Deserialize")]
    public int Deserialize_RawReaderFloor()
    {
        var reader = new Utf8JsonReader(_json);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "MindGen context"), BenchmarkCategory("Serialize")]
    public int Serialize_MindGen()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _mindGenWorklogs, EnneoMindJsonContext.Default.IReadOnlyListTicketWorklog);
        return _output.WrittenCount;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory("Serialize")]
    public int Serialize_StjSourceGen()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _stjWorklogs, StjSourceGenContext.Default.IReadOnlyListTicketWorklog);
        return _output.WrittenCount;
    }

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory("Serialize")]
    public int Serialize_StjReflection()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _stjWorklogs, ReflectionOptions);
        return _output.WrittenCount;
    }

    private void Reset()
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
    }
}

using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using MindGen.Naming;

namespace MindGen.Benchmarks;

/// <summary>
/// What a compiled client is made of (<c>-- dll-breakdown DLL [DLL...]</c>, side by side): the metadata's heaps and
/// tables, and the IL by kind of method. Unlike a build's time, which varied by a third between runs of the same input
/// on this machine, these counts are exact, and the compiler's emit phase follows them: a lever shows here in one run
/// before a dozen timed builds could show it (docs/performance.md).
/// </summary>
internal static class AssemblyBreakdown
{
    public const string Command = "dll-breakdown";

    public static int Run(string[] args)
    {
        string[] paths = args.Skip(1).ToArray();
        if (paths.Length == 0 || paths.Any(path => !File.Exists(path)))
        {
            Console.Error.WriteLine("usage: dll-breakdown DLL [DLL...] (assemblies to set side by side)");
            return 2;
        }

        List<SortedDictionary<string, long>> columns = paths.Select(Measure).ToList();
        var rows = columns.SelectMany(column => column.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{"",-34}" + string.Concat(paths.Select(path => $"{Path.GetFileName(path),16}")));
        foreach (string row in rows)
        {
            Console.WriteLine($"{row,-34}" + string.Concat(columns.Select(column =>
                $"{(column.TryGetValue(row, out long value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "-"),16}")));
        }

        return 0;
    }

    private static SortedDictionary<string, long> Measure(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            ["bytes: file"] = stream.Length,
            ["bytes: metadata"] = pe.PEHeaders.MetadataSize,
        };
        foreach (HeapIndex heap in Enum.GetValues<HeapIndex>())
        {
            counts[$"heap: {heap}"] = metadata.GetHeapSize(heap);
        }

        foreach (TableIndex table in Enum.GetValues<TableIndex>())
        {
            if (metadata.GetTableRowCount(table) is > 0 and int rows)
            {
                counts[$"rows: {table}"] = rows;
            }
        }

        foreach (MethodDefinitionHandle handle in metadata.MethodDefinitions)
        {
            MethodDefinition method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress != 0)
            {
                int size = pe.GetMethodBody(method.RelativeVirtualAddress).Size;
                Add(counts, "IL: all", size);
                Add(counts, "IL: " + Kind(metadata.GetString(method.Name)), size);
            }
        }

        return counts;
    }

    private static void Add(SortedDictionary<string, long> counts, string key, long value) =>
        counts[key] = counts.GetValueOrDefault(key) + value;

    // The method families of MindGen's output that hold most of its IL, as the registry names them.
    private static readonly string[] Families =
        [GeneratedNames.ReadMethod(""), GeneratedNames.ReadOrNullMethod(""), GeneratedNames.WriteMethod(""), GeneratedNames.SendMethod("")];

    // Accessors, constructors and lambdas by the compiler's names, explicit implementations by their dots.
    private static string Kind(string name) => name switch
    {
        _ when name.StartsWith("get_", StringComparison.Ordinal) => "getters",
        _ when name.StartsWith("set_", StringComparison.Ordinal) => "setters",
        ".ctor" or ".cctor" => "constructors",
        _ when name.StartsWith('<') => "lambdas, iterators",
        _ when name.Contains('.') => "explicit implementations",
        _ when Families.FirstOrDefault(family => name.StartsWith(family, StringComparison.Ordinal)) is { } family => family,
        _ when name.EndsWith("Async", StringComparison.Ordinal) => "…Async",
        _ => "other",
    };
}

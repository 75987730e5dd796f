using Enneo.Mind;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MindGen.Benchmarks;

/// <summary>
/// Peak working set of reading the 50,000-worklog response, each way in a fresh process (a process's peak
/// cannot be reset, and BenchmarkDotNet reports allocation, not peak). Run with <c>-- peak-memory</c>.
/// </summary>
internal static class PeakMemory
{
    public const string Command = "peak-memory";
    private const string ChildCommand = "peak-memory-child";

    private static readonly (string Name, Func<string, Task<int>> Run)[] Variants =
    [
        ("Nothing read (process baseline)", _ => Task.FromResult(0)),
        ("MindGen client, buffered list", async path => (await FileBackedHandler.CreateClient(path).GetTicketWorklogsAsync(1)).Count),
        ("MindGen client, IAsyncEnumerable", async path =>
        {
            int count = 0;
            await foreach (TicketWorklog _ in FileBackedHandler.CreateClient(path).StreamTicketWorklogsAsync(1))
            {
                count++;
            }

            return count;
        }),
        ("STJ source-gen, DeserializeAsyncEnumerable", async path =>
        {
            int count = 0;
            await using var file = File.OpenRead(path);
            await foreach (Stj.TicketWorklog? _ in JsonSerializer.DeserializeAsyncEnumerable(file, Stj.StjSourceGenContext.Default.TicketWorklog))
            {
                count++;
            }

            return count;
        }),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == ChildCommand)
        {
            int count = await Variants[int.Parse(args[1], CultureInfo.InvariantCulture)].Run(args[2]);
            using Process self = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant($"{count} {self.PeakWorkingSet64} {GC.GetTotalAllocatedBytes()}"));
            return 0;
        }

        string path = WorklogData.WriteFile();
        Console.WriteLine(FormattableString.Invariant($"Response body: {new FileInfo(path).Length / 1e6:F1} MB, {WorklogData.DefaultCount:N0} worklogs, read from disk"));
        Console.WriteLine();
        Console.WriteLine("| Variant | Items | Peak working set | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int i = 0; i < Variants.Length; i++)
        {
            using Process child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [ChildCommand, i.ToString(CultureInfo.InvariantCulture), path]) { RedirectStandardOutput = true })!;
            string[] result = (await child.StandardOutput.ReadToEndAsync()).Trim().Split(' ');
            await child.WaitForExitAsync();
            Console.WriteLine(FormattableString.Invariant($"| {Variants[i].Name} | {result[0]} | {long.Parse(result[1], CultureInfo.InvariantCulture) / 1e6:F1} MB | {long.Parse(result[2], CultureInfo.InvariantCulture) / 1e6:F1} MB |"));
        }

        return 0;
    }
}

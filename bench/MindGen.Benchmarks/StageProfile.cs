using System.Diagnostics;
using System.Globalization;
using MindGen.Emit;
using MindGen.Model;

namespace MindGen.Benchmarks;

/// <summary>
/// Where the generator's time goes on one spec: reading and building the model, then emitting, each the
/// best of several warm runs (<c>-- stages SPEC</c>). The engine is the generator's, minus the driver.
/// </summary>
internal static class StageProfile
{
    public const string Command = "stages";

    public static int Run(string[] args)
    {
        string path = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "Specs", "enneo-mind-worklog.yaml");
        var input = new SpecInput(path, File.ReadAllText(path), "Profiled");
        double bestModel = double.MaxValue, bestEmit = double.MaxValue;
        long files = 0, chars = 0;
        for (int run = 0; run < 6; run++)
        {
            var clock = Stopwatch.StartNew();
            Reading.OpenApiDocumentReader.Read(input, []);
            double readMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            ModelResult model = MindGenEngine.BuildModel(input);
            double modelMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            EquatableArray<GeneratedFile> output = SourceEmitter.Emit(model.Api!, new EmitOptions(), CancellationToken.None);
            double emitMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            // What the compiler does next with every generated file, whoever generated it.
            foreach (GeneratedFile file in output)
            {
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(file.Text);
            }

            double parseMs = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine(FormattableString.Invariant($"run {run}: read alone {readMs:F0} ms; read + build {modelMs:F0} ms, emit {emitMs:F0} ms; parsing the output {parseMs:F0} ms"));
            if (run > 0)
            {
                bestModel = Math.Min(bestModel, modelMs);
                bestEmit = Math.Min(bestEmit, emitMs);
            }

            if (run == 0 && Environment.GetEnvironmentVariable("MINDGEN_DUMP") is { Length: > 0 } dump)
            {
                Directory.CreateDirectory(dump);
                foreach (GeneratedFile file in output)
                {
                    File.WriteAllText(Path.Combine(dump, file.HintName), file.Text);
                }
            }

            files = output.Count;
            chars = output.Sum(file => (long)file.Text.Length);
        }

        Console.WriteLine(FormattableString.Invariant($"best warm: read + build {bestModel:F0} ms, emit {bestEmit:F0} ms; {files} files, {chars / 1e6:F1} M characters"));
        return 0;
    }
}

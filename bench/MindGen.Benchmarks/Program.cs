using BenchmarkDotNet.Running;
using MindGen.Benchmarks;

// dotnet run -c Release --project bench/MindGen.Benchmarks -- --filter '*'   (BenchmarkDotNet; see docs/performance.md)
// dotnet run -c Release --project bench/MindGen.Benchmarks -- peak-memory  (peak working set per reading style)
// dotnet run -c Release --project bench/MindGen.Benchmarks -- stages [SPEC] (the generator's time by stage)
// dotnet run -c Release --project bench/MindGen.Benchmarks -- compile-phases DIR (the compiler's time on generated code, by phase and kind of file)
// dotnet run -c Release --project bench/MindGen.Benchmarks -- dll-breakdown DLL [DLL...] (metadata and IL by kind, side by side: exact where times are noisy)
if (args.Length > 0 && args[0].StartsWith(PeakMemory.Command, StringComparison.Ordinal))
{
    return await PeakMemory.RunAsync(args);
}

if (args.Length > 0 && args[0] == CompileProfile.Command)
{
    return CompileProfile.Run(args);
}

if (args.Length > 0 && args[0] == AssemblyBreakdown.Command)
{
    return AssemblyBreakdown.Run(args);
}

if (args.Length > 0 && args[0] == StageProfile.Command)
{
    return StageProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(SerializerBenchmarks).Assembly).Run(args);
return 0;

using Microsoft.CodeAnalysis;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>Reads what a tracked pipeline step did in one generator run.</summary>
internal static class IncrementalSteps
{
    public static IncrementalStepRunReason[] Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(output => output.Reason).ToArray()
            : throw new Xunit.Sdk.XunitException($"step {step} did not run");
}

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>
/// A test over downloaded public specs: it runs only when <c>MINDGEN_EXAMPLE_SPECS</c> names the folder
/// that <c>shared/tools/fetch-example-specs.sh</c> filled (CI has no such download), and is skipped otherwise.
/// </summary>
public sealed class ExampleSpecsFactAttribute : FactAttribute
{
    public const string Variable = "MINDGEN_EXAMPLE_SPECS";

    public ExampleSpecsFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"set {Variable} to a folder filled by fetch-example-specs.sh (see README)";
        }
    }
}

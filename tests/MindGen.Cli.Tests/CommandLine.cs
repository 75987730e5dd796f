namespace MindGen.Cli.Tests;

/// <summary>Runs <c>mindgen</c> in-process and captures what it prints.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = MindGenCommandLine.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);
}

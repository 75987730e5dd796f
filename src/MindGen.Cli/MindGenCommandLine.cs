using System.CommandLine;
using MindGen.Cli.Commands;

namespace MindGen.Cli;

/// <summary>
/// The <c>mindgen</c> command line. Exit codes: 0 success, 1 findings (warnings, breaking changes,
/// mismatches), 2 errors (unreadable spec, missing file, bad arguments). User mistakes get a one-line
/// reason on stderr, never a stack trace.
/// </summary>
public static class MindGenCommandLine
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Failure = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("MindGen: typed C# clients from OpenAPI documents, and the tools around them.")
        {
            GenerateCommand.Create(console),
            CheckCommand.Create(console),
            DiffCommand.Create(console),
            ValidateCommand.Create(console),
            ListCommand.Create(console),
            MockCommand.Create(console),
        };

        ParseResult parsed = root.Parse(args);
        try
        {
            int exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 ? Failure : exitCode;
        }
        catch (UserError userError)
        {
            console.Error(userError.Message);
            return Failure;
        }
    }
}

namespace MindGen.Cli;

/// <summary>Where a command writes: results to stdout, everything else (progress, errors) to stderr.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public void Error(string message) => error.WriteLine("mindgen: error: " + message);

    public void Progress(string message) => error.WriteLine("mindgen: " + message);
}

/// <summary>A mistake on the user's side (a missing file, an unknown operation): reported in one line, exit code 2.</summary>
public sealed class UserError(string message) : Exception(message);

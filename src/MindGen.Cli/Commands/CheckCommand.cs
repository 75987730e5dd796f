using System.CommandLine;
using MindGen.Diagnostics;

namespace MindGen.Cli.Commands;

/// <summary><c>mindgen check SPEC...</c>: every diagnostic the generator would report, for CI.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var specs = new Argument<string[]>("specs") { Description = "One or more OpenAPI documents.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (file:line:col: severity id: message) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var selection = new SelectionOptions();
        var command = new Command("check", "Report what the generator would report for each spec. Exit code 0 clean, 1 warnings, 2 errors.")
        {
            specs, format,
        };
        selection.AddTo(command);

        command.SetAction(result => Run(console, result.GetValue(specs)!, result.GetValue(format)!, selection.Read(result)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> specPaths, string format, SpecSelection? selection = null)
    {
        var diagnostics = new List<SpecDiagnostic>();
        foreach (string path in specPaths)
        {
            SpecInput input = SpecFiles.Load(path, console, selection: selection);
            ModelResult result = SpecFiles.Timed(input, console, "checked", () => MindGenEngine.BuildModel(input), model => $"{model.Api?.Operations.Count ?? 0:N0} operations");
            diagnostics.AddRange(result.Diagnostics);
        }

        if (format == "json")
        {
            DiagnosticReport.WriteJson(console.Out, diagnostics);
        }
        else
        {
            DiagnosticReport.WriteText(console.Out, diagnostics);
        }

        return DiagnosticReport.ExitCode(diagnostics);
    }
}

using System.CommandLine;
using MindGen.Comparing;
using MindGen.Model;

namespace MindGen.Cli.Commands;

/// <summary><c>mindgen diff OLD NEW</c>: what a spec change does to the generated C# API.</summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("old") { Description = "The spec as it was." };
        var after = new Argument<string>("new") { Description = "The spec as it is now." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "Compare two versions of a spec as the C# they generate. Exit code 1 when a change is breaking.")
        {
            before, after, format,
        };
        command.SetAction(result => Run(console, result.GetValue(before)!, result.GetValue(after)!, result.GetValue(format)!));
        return command;
    }

    public static int Run(CliConsole console, string beforePath, string afterPath, string format)
    {
        ApiDescription before = Model(beforePath, console);
        ApiDescription after = Model(afterPath, console);
        IReadOnlyList<ApiChange> changes = ApiComparer.Compare(before, after);
        if (format == "json")
        {
            WriteJson(console.Out, changes);
        }
        else
        {
            foreach (ApiChange change in changes.OrderByDescending(change => change.IsBreaking))
            {
                console.Out.WriteLine($"{(change.IsBreaking ? "breaking" : "non-breaking"),-13} {change.Kind,-24} {change.Subject}: {change.Detail}");
            }

            int breaking = changes.Count(change => change.IsBreaking);
            console.Out.WriteLine($"{breaking} breaking, {changes.Count - breaking} non-breaking change{(changes.Count == 1 ? string.Empty : "s")}");
        }

        return changes.Any(change => change.IsBreaking) ? MindGenCommandLine.Findings : MindGenCommandLine.Success;
    }

    // Both versions must read; the diff of a spec that does not is meaningless.
    private static ApiDescription Model(string path, CliConsole console)
    {
        SpecInput input = SpecFiles.Load(path, console);
        ModelResult result = MindGenEngine.BuildModel(input);
        if (result.Api is null)
        {
            DiagnosticReport.WriteText(console.Out, result.Diagnostics);
            throw new UserError($"{path} cannot be read (see above)");
        }

        return result.Api;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<ApiChange> changes) =>
        JsonOutput.WriteArray(output, changes, static (writer, change) =>
        {
            writer.WriteBoolean("breaking", change.IsBreaking);
            writer.WriteString("kind", change.Kind);
            writer.WriteString("subject", change.Subject);
            writer.WriteString("detail", change.Detail);
        });
}

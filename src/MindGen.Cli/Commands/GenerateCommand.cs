using System.CommandLine;
using MindGen.Diagnostics;
using MindGen.Emit;
using MindGen.Model;

namespace MindGen.Cli.Commands;

/// <summary><c>mindgen generate SPEC</c>: writes the files the source generator would add to a build.</summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI document (YAML or JSON, OpenAPI 2.0 to 3.2)." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "." };
        var ns = new Option<string?>("--namespace") { Description = "The C# namespace; derived from the spec's title when left out." };
        var clientName = new Option<string?>("--client-name") { Description = "The client class name; derived from the spec's title when left out." };
        var dependencyInjection = new Option<bool>("--dependency-injection") { Description = "Also write services.Add<Client>() (needs Microsoft.Extensions.Http)." };
        var fake = new Option<bool>("--fake") { Description = "Also write <Client>Fake, the API served in memory for tests (what MindGenFake adds to a test project)." };
        var selection = new SelectionOptions();
        var command = new Command("generate", "Write the C# files the generator emits for a spec, for review or for checked-in code.")
        {
            spec, output, ns, clientName, dependencyInjection, fake,
        };
        selection.AddTo(command);

        command.SetAction(result => Run(
            console,
            result.GetValue(spec)!,
            result.GetValue(output)!,
            result.GetValue(ns),
            result.GetValue(clientName),
            new EmitOptions(result.GetValue(dependencyInjection), result.GetValue(fake)),
            selection.Read(result)));
        return command;
    }

    public static int Run(CliConsole console, string specPath, string outputFolder, string? ns, string? clientName, EmitOptions options, SpecSelection? selection = null)
    {
        SpecInput input = SpecFiles.Load(specPath, console, ns, clientName, selection);
        (EquatableArray<GeneratedFile> files, EquatableArray<SpecDiagnostic> diagnostics) = SpecFiles.Timed(
            input, console, "generated", () => MindGenEngine.Generate(input, options), result => $"{result.Files.Count:N0} files");
        DiagnosticReport.WriteText(console.Out, diagnostics);
        if (files.Count == 0)
        {
            console.Error($"nothing generated from {specPath}");
            return MindGenCommandLine.Failure;
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
            foreach (GeneratedFile file in files)
            {
                File.WriteAllText(Path.Combine(outputFolder, file.HintName), file.Text);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error($"cannot write into {Path.GetFullPath(outputFolder)}: {exception.Message}");
            return MindGenCommandLine.Failure;
        }

        console.Out.WriteLine($"{files.Count} files written to {Path.GetFullPath(outputFolder)}");
        return MindGenCommandLine.Success;
    }
}

using System.CommandLine;
using MindGen.Cli.Mocking;
using MindGen.Model;

namespace MindGen.Cli.Commands;

/// <summary>
/// <c>mindgen mock SPEC --port N</c>: serves the spec's fake over HTTP on 127.0.0.1, for callers in any language and
/// for trying an API out: each operation answers with the spec's example of its success, and a request the spec does
/// not allow is answered 400 with the reason. Runs until stopped (Ctrl+C).
/// </summary>
public static class MockCommand
{
    public static Command Create(CliConsole console)
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI document (YAML or JSON, OpenAPI 2.0 to 3.2)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on, on 127.0.0.1.", DefaultValueFactory = _ => 4010 };
        var command = new Command("mock", "Serve a spec's fake over HTTP on 127.0.0.1: its examples as answers, every request checked against the spec.")
        {
            spec, port,
        };
        command.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(spec)!, result.GetValue(port), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string specPath, int port, CancellationToken cancellationToken)
    {
        await using MockServer server = Start(console, specPath, port);
        console.Out.WriteLine($"mocking {specPath} at {server.Root} (Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        return MindGenCommandLine.Success;
    }

    /// <summary>Starts serving the spec on 127.0.0.1:<paramref name="port"/>; disposing the server stops it.</summary>
    public static MockServer Start(CliConsole console, string specPath, int port)
    {
        SpecInput input = SpecFiles.Load(specPath, console);
        (Microsoft.OpenApi.OpenApiDocument? document, ModelResult model) = MindGenEngine.ReadAndBuild(input);
        if (document is null || model.Api is null)
        {
            DiagnosticReport.WriteText(console.Out, model.Diagnostics);
            throw new UserError($"{specPath} cannot be read (see above)");
        }

        return MockServer.Start(new SpecFake(model.Api, document), "127.0.0.1", port, console.Out);
    }
}

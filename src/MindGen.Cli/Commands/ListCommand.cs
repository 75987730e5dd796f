using System.CommandLine;
using Microsoft.OpenApi;

namespace MindGen.Cli.Commands;

/// <summary>
/// <c>mindgen list SPEC</c>: every operation (method, path, operationId, tags) and every tag with its count, to
/// choose the selectors for a part of a big spec; with selectors, what they keep.
/// </summary>
public static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI document." };
        var selection = new SelectionOptions();
        var command = new Command("list", "List the operations and tags of a spec (with selectors: those they keep).") { spec };
        selection.AddTo(command);

        command.SetAction(result => Run(console, result.GetValue(spec)!, selection.Read(result)));
        return command;
    }

    public static int Run(CliConsole console, string specPath, SpecSelection? selection = null)
    {
        SpecInput input = SpecFiles.Load(specPath, console, selection: selection);
        (OpenApiDocument? document, ModelResult model) = MindGenEngine.ReadAndBuild(input);
        if (document is null)
        {
            DiagnosticReport.WriteText(console.Out, model.Diagnostics);
            throw new UserError($"{specPath} cannot be read (see above)");
        }

        var operations = (document.Paths ?? new OpenApiPaths())
            .SelectMany(path => (path.Value?.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
                .Select(operation => (Method: operation.Key.Method.ToUpperInvariant(), Path: path.Key, operation.Value.OperationId, Tags: operation.Value.Tags?.Select(tag => tag.Name ?? string.Empty).ToList() ?? [])))
            .OrderBy(operation => operation.Path, StringComparer.Ordinal)
            .ToList();
        int methodWidth = operations.Select(operation => operation.Method.Length).DefaultIfEmpty(0).Max();
        int pathWidth = operations.Select(operation => operation.Path.Length).DefaultIfEmpty(0).Max();
        foreach (var operation in operations)
        {
            console.Out.WriteLine($"{operation.Method.PadRight(methodWidth)}  {operation.Path.PadRight(pathWidth)}  {operation.OperationId ?? "(no operationId)"}  [{string.Join(", ", operation.Tags)}]");
        }

        console.Out.WriteLine();
        console.Out.WriteLine($"{operations.Count} operations; tags:");
        foreach (var tag in operations.SelectMany(operation => operation.Tags).GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"  {tag.Count(),5}  {tag.Key}");
        }

        DiagnosticReport.WriteText(console.Out, model.Diagnostics.Where(diagnostic => diagnostic.Severity == Diagnostics.DiagnosticSeverityLevel.Error));
        return MindGenCommandLine.Success;
    }
}

using System.CommandLine;
using System.Text.Json;
using Microsoft.OpenApi;
using NJsonSchema;
using NJsonSchema.Validation;

namespace MindGen.Cli.Commands;

/// <summary>
/// <c>mindgen validate SPEC PAYLOAD --operation ID</c>: checks a real response body against the spec's
/// schema for it and lists every mismatch with its JSON path (contract drift detection).
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI document." };
        var payload = new Argument<string>("payload") { Description = "A response body (JSON file) as the API returned it." };
        var operation = new Option<string>("--operation") { Description = "The operationId (or the generated method name) whose response it is.", Required = true };
        var status = new Option<string?>("--status") { Description = "The response's status code as the spec lists it (200, 4XX, default); the first 2xx when left out." };
        var command = new Command("validate", "Validate a response payload against an operation's response schema. Exit code 1 when it does not match.")
        {
            spec, payload, operation, status,
        };
        command.SetAction(result => Run(console, result.GetValue(spec)!, result.GetValue(payload)!, result.GetValue(operation)!, result.GetValue(status)));
        return command;
    }

    public static int Run(CliConsole console, string specPath, string payloadPath, string operationName, string? status)
    {
        SpecInput input = SpecFiles.Load(specPath, console);
        (OpenApiDocument? document, ModelResult model) = MindGenEngine.ReadAndBuild(input);
        if (document is null || model.Api is null)
        {
            DiagnosticReport.WriteText(console.Out, model.Diagnostics);
            throw new UserError($"{specPath} cannot be read (see above)");
        }

        if (!File.Exists(payloadPath))
        {
            throw new UserError($"file not found: {payloadPath}");
        }

        string payloadText = File.ReadAllText(payloadPath);
        try
        {
            using JsonDocument _ = JsonDocument.Parse(payloadText);
        }
        catch (JsonException exception)
        {
            throw new UserError($"{payloadPath} is not JSON: {exception.Message}");
        }

        (string schemaJson, string description) = OperationSchemas.Response(document, model.Api, operationName, status);
        JsonSchema schema = JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult();
        IReadOnlyList<ValidationError> errors = PayloadMismatches.Of(schema, payloadText);
        foreach (ValidationError error in errors)
        {
            console.Out.WriteLine($"{PayloadMismatches.Describe(error)} (line {error.LineNumber}, column {error.LinePosition})");
        }

        console.Out.WriteLine(errors.Count == 0
            ? $"{payloadPath} matches {description}"
            : $"{errors.Count} mismatch{(errors.Count == 1 ? string.Empty : "es")} against {description}");
        return errors.Count == 0 ? MindGenCommandLine.Success : MindGenCommandLine.Findings;
    }
}

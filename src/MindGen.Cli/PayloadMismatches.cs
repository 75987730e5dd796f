using NJsonSchema;
using NJsonSchema.Validation;

namespace MindGen.Cli;

/// <summary>
/// Where a JSON payload does not match a schema, as <c>mindgen validate</c> lists it and <c>mindgen mock</c> answers
/// it: a failed oneOf/allOf as its leaves, each with its JSON path.
/// </summary>
public static class PayloadMismatches
{
    public static IReadOnlyList<ValidationError> Of(JsonSchema schema, string json) => Flatten(schema.Validate(json)).ToList();

    // A failed oneOf/allOf says which branch failed where: list the leaves, each with its own path.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (ValidationError error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0 && child.Kind != ValidationErrorKind.NotOneOf)
            {
                foreach (ValidationError inner in Flatten(child.Errors.SelectMany(entry => entry.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>A mismatch as a person reads it: its JSON path and what is wrong (<c>$[0].id: integer expected</c>).</summary>
    public static string Describe(ValidationError error) => $"{JsonPath(error.Path)}: {Problem(error)}";

    private static string Problem(ValidationError error)
    {
        string member = error.Property is { Length: > 0 } property ? $" ('{property}')" : string.Empty;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"the required property '{error.Property}' is missing",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"the property '{error.Property}' is not allowed",
            ValidationErrorKind.NoTypeValidates => "the value has none of the types the schema allows" + member,
            ValidationErrorKind.NotInEnumeration => "the value is not one of the schema's enum values" + member,
            _ => Words(error.Kind.ToString()) + member,
        };
    }

    // IntegerExpected -> "integer expected".
    private static string Words(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>NJsonSchema's <c>#/[0].worklog.userId</c> as a JSON path: <c>$[0].worklog.userId</c>.</summary>
    private static string JsonPath(string? path)
    {
        string rest = (path ?? string.Empty).TrimStart('#', '/');
        return rest.Length == 0 ? "$" : rest[0] == '[' ? "$" + rest : "$." + rest;
    }
}

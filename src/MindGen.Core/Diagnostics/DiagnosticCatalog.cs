namespace MindGen.Diagnostics;

/// <summary>
/// Every diagnostic MindGen reports. Ids are stable and never reused; docs/diagnostics.md explains each and
/// src/MindGen.Generator/AnalyzerReleases.*.md tracks when each shipped.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition UnreadableDocument = new(
        "MG0001",
        "OpenAPI document cannot be read",
        "'{0}' cannot be read as YAML or JSON: {1}",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition NotOpenApi = new(
        "MG0002",
        "Not an OpenAPI document",
        "'{0}' is not an OpenAPI document: {1}",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition InvalidDocument = new(
        "MG0003",
        "OpenAPI document breaks the specification",
        "{0}",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition UnresolvedReference = new(
        "MG0004",
        "Reference cannot be resolved",
        "'{0}' does not point to anything in the document; '{1}' is typed as JsonElement",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition UnsupportedConstruct = new(
        "MG0005",
        "Schema construct not supported",
        "{0} at '{1}' is not supported yet; '{2}' is typed as JsonElement and keeps the raw JSON",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition MissingOperationId = new(
        "MG0006",
        "Operation has no operationId",
        "{0} {1} has no operationId; its method is named '{2}'",
        DiagnosticSeverityLevel.Info);

    public static readonly DiagnosticDefinition DuplicateOperationId = new(
        "MG0007",
        "Duplicate operationId",
        "operationId '{0}' is used more than once; {1} {2} gets the method '{3}'",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition InvalidOption = new(
        "MG0008",
        "Invalid MindGen option",
        "{0} '{1}' of '{2}' is not a valid C# {3}",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition InternalError = new(
        "MG0009",
        "MindGen failed unexpectedly",
        "MindGen failed on '{0}' ({1}); please report this with the spec: {2}",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition DuplicateNamespace = new(
        "MG0010",
        "Two specs share a namespace",
        "'{0}' generates into namespace '{1}', which '{2}' already uses; give one of them another Namespace",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition KeywordIgnored = new(
        "MG0011",
        "Schema keyword not reflected in the generated type",
        "'{0}' at '{1}' is not reflected in the generated C#: {2}",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition ExternalFileUnavailable = new(
        "MG0012",
        "Referenced file not available",
        "'{0}' refers to '{1}', which is not among the files MindGen was given (MindGenSpec or AdditionalFiles items); it is typed as JsonElement",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition WrongValueType = new(
        "MG0013",
        "Value of the wrong type",
        "'{0}' is {1}, where {2} belongs; {3}",
        DiagnosticSeverityLevel.Warning);

    public static readonly DiagnosticDefinition SelectsNothing = new(
        "MG0014",
        "Selector selects nothing",
        "{0} '{1}' selects nothing in the spec; check it against 'mindgen list'",
        DiagnosticSeverityLevel.Error);

    public static readonly DiagnosticDefinition SchemasNotReached = new(
        "MG0015",
        "Schemas no operation reaches are not generated",
        "{0} component schemas that no operation reaches are not generated ({1}); KeepSchemas names those to generate anyway ('*' keeps all)",
        DiagnosticSeverityLevel.Info);

    public static readonly DiagnosticDefinition StreamDetected = new(
        "MG0016",
        "Response read as a stream",
        "'{0}' answers with {1} ('{2}', recognized by {3}): {4} yields the items as they arrive",
        DiagnosticSeverityLevel.Info);

    public static readonly DiagnosticDefinition PaginationDetected = new(
        "MG0017",
        "List read page by page",
        "'{0}' answers a page at a time ({1}): {2} yields every item, {3} every page",
        DiagnosticSeverityLevel.Info);

    public static DiagnosticDefinition[] All { get; } =
    [
        UnreadableDocument, NotOpenApi, InvalidDocument, UnresolvedReference, UnsupportedConstruct,
        MissingOperationId, DuplicateOperationId, InvalidOption, InternalError, DuplicateNamespace, KeywordIgnored,
        ExternalFileUnavailable, WrongValueType, SelectsNothing, SchemasNotReached, StreamDetected,
        PaginationDetected,
    ];
}

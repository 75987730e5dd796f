using MindGen.Diagnostics;
using MindGen.Model;

namespace MindGen.Core.Tests;

/// <summary>A selection keeps the operations it names and the schemas they reach; the rest is never read.</summary>
public sealed class OperationSelectionTests
{
    // Issues and repos share a base user; a discriminated Event names subtypes no issue operation reaches; a broken
    // schema (a required list that is not a list) belongs to repos only.
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Hub, version: '1'}
        paths:
          /repos/{repo}/issues:
            parameters: [{name: repo, in: path, required: true, schema: {type: string}}]
            get:
              operationId: issues/list
              tags: [issues]
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Issue'}}}}}
            post:
              operationId: issues/create
              tags: [issues]
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Issue'}}}}
              responses: {'201': {$ref: '#/components/responses/Created'}}
          /repos/{repo}:
            get:
              operationId: repos/get
              tags: [repos]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Repo'}}}}
        components:
          responses:
            Created: {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Event'}}}}
          schemas:
            User: {type: object, properties: {login: {type: string}}}
            Issue: {type: object, properties: {title: {type: string}, author: {$ref: '#/components/schemas/User'}}}
            Repo: {type: object, required: 7, properties: {owner: {$ref: '#/components/schemas/User'}}}
            Event:
              type: object
              required: [kind]
              properties: {kind: {type: string}}
              discriminator: {propertyName: kind, mapping: {opened: '#/components/schemas/Opened', closed: Closed}}
            Opened: {allOf: [{$ref: '#/components/schemas/Event'}, {type: object, properties: {by: {type: string}}}]}
            Closed: {allOf: [{$ref: '#/components/schemas/Event'}, {type: object, properties: {reason: {type: string}}}]}
            Unused: {type: object, properties: {x: {type: string}}}
        """;

    private static ModelResult Build(SpecSelection selection) => MindGenEngine.BuildModel(new SpecInput("hub.yaml", Spec, "Hub", "HubClient", Selection: selection));

    private static SpecSelection Select(string? includeTags = null, string? includeOperations = null, string? includePaths = null, string? excludePaths = null, string? keepSchemas = null) =>
        new(IncludeTags: SpecSelection.Parse(includeTags), IncludeOperations: SpecSelection.Parse(includeOperations), IncludePaths: SpecSelection.Parse(includePaths),
            ExcludePaths: SpecSelection.Parse(excludePaths), KeepSchemas: SpecSelection.Parse(keepSchemas));

    [Fact]
    public void A_tag_keeps_its_operations_and_the_schemas_they_reach_and_nothing_said_about_the_rest()
    {
        ModelResult result = Build(Select(includeTags: "Issues"));

        Assert.Equal(["IssuesCreateAsync", "IssuesListAsync"], result.Api!.Operations.Select(o => o.MethodName).Order(StringComparer.Ordinal));
        Assert.Equal(["Event", "Issue", "User"], result.Api.Models.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_whole_spec_reports_what_the_selection_leaves_out()
    {
        ModelResult result = Build(SpecSelection.All);

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticCatalog.WrongValueType.Id || d.Id == DiagnosticCatalog.InvalidDocument.Id);
        Assert.Contains(result.Api!.Models, m => m.Name == "Opened");
    }

    [Fact]
    public void Without_a_selection_schemas_no_operation_reaches_are_left_out_but_hierarchies_stay_whole()
    {
        // Event's mapping names Opened and Closed; Reopened derives from Event without an entry: all three stay
        // with their base, and only Unused, which nothing reaches, is left out.
        const string derivedOnly = "    Reopened: {allOf: [{$ref: '#/components/schemas/Event'}, {type: object, properties: {when: {type: string}}}]}\n";
        string spec = Spec.Replace("    Unused:", derivedOnly + "    Unused:", StringComparison.Ordinal);
        ModelResult result = MindGenEngine.BuildModel(new SpecInput("hub.yaml", spec, "Hub", "HubClient"));

        Assert.Equal(["Closed", "Event", "Issue", "Opened", "Reopened", "Repo", "User"], result.Api!.Models.Select(m => m.Name).Order(StringComparer.Ordinal));
        SpecDiagnostic info = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.SchemasNotReached.Id);
        Assert.Equal(DiagnosticSeverityLevel.Info, info.Severity);
        Assert.Contains("1 component schemas that no operation reaches are not generated (Unused)", info.Message);

        ModelResult kept = MindGenEngine.BuildModel(new SpecInput("hub.yaml", spec, "Hub", "HubClient", Selection: Select(keepSchemas: "Un*")));
        Assert.Contains(kept.Api!.Models, m => m.Name == "Unused");
        Assert.DoesNotContain(kept.Diagnostics, d => d.Id == DiagnosticCatalog.SchemasNotReached.Id);
    }

    [Fact]
    public void A_document_without_operations_is_a_library_and_keeps_every_schema()
    {
        const string library = """
            openapi: 3.0.3
            info: {title: Lib, version: '1'}
            paths: {}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
            """;

        ModelResult result = MindGenEngine.BuildModel(new SpecInput("lib.yaml", library, "Lib", "LibClient"));

        Assert.Equal(["Pet"], result.Api!.Models.Select(m => m.Name));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(null, "issues/*", null, null, new[] { "IssuesCreateAsync", "IssuesListAsync" })]
    [InlineData(null, null, "/repos/*/issues#GET", null, new[] { "IssuesListAsync" })]
    [InlineData(null, null, "/repos/**", "/repos/{repo}/issues#POST", new[] { "IssuesListAsync", "ReposGetAsync" })]
    [InlineData("repos", "issues/create", null, null, new[] { "IssuesCreateAsync", "ReposGetAsync" })]
    public void Includes_are_a_union_and_excludes_take_away(string? tags, string? operations, string? paths, string? excludePaths, string[] expected)
    {
        ModelResult result = Build(Select(tags, operations, paths, excludePaths));

        Assert.Equal(expected, result.Api!.Operations.Select(o => o.MethodName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kept_schemas_stay_although_no_operation_reaches_them()
    {
        ModelResult result = Build(Select(includeTags: "issues", keepSchemas: "Unused; Closed"));

        Assert.Contains(result.Api!.Models, m => m.Name == "Unused");
        Assert.Contains(result.Api.Models, m => m.Name == "Closed");
        Assert.DoesNotContain(result.Api.Models, m => m.Name == "Opened");
    }

    [Fact]
    public void A_selector_that_selects_nothing_is_an_error_that_names_it()
    {
        ModelResult result = Build(Select(includeTags: "issues; pulls"));

        SpecDiagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCatalog.SelectsNothing.Id, DiagnosticSeverityLevel.Error), (error.Id, error.Severity));
        Assert.Contains("IncludeTags 'pulls'", error.Message);
    }

    [Fact]
    public void A_kept_schema_the_spec_does_not_have_is_an_error_that_names_it()
    {
        ModelResult result = Build(Select(includeTags: "issues", keepSchemas: "Issue; Isue"));

        SpecDiagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.SelectsNothing.Id, error.Id);
        Assert.Contains("KeepSchemas 'Isue'", error.Message);
    }
}

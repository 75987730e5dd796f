using MindGen.Diagnostics;
using MindGen.Model;

namespace MindGen.Core.Tests.Building;

/// <summary>Which list operations answer a page at a time, how they name the next page, and which rule said so (MG0017).</summary>
public sealed class PaginationBuildingTests
{
    [Fact]
    public void A_Link_header_pages_a_body_whose_one_array_member_holds_the_items()
    {
        // GitHub's workflow runs: {total_count, workflow_runs: [...]} with a Link header.
        (OperationModel operation, ModelResult result) = Build(
            """
            headers: { Link: { schema: { type: string } } }
            content:
              application/json:
                schema: { type: object, properties: { total_count: { type: integer }, workflow_runs: { type: array, items: { $ref: '#/components/schemas/Run' } } } }
            """);

        PaginationModel paging = operation.Pagination!;
        Assert.Equal((PaginationKind.LinkHeader, "WorkflowRuns", null, true), (paging.Kind, paging.ItemsProperty, paging.NextProperty, paging.FollowsLinks));
        Assert.Equal(new ModelTypeRef("Run"), paging.ItemType);
        Assert.Equal(("ListAllAsync", "ListPagesAsync"), (paging.AllMethodName, paging.PagesMethodName));
        Assert.Contains("(a Link header)", Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0017").Message);
    }

    [Fact]
    public void A_next_link_in_the_body_with_the_items_among_several_lists()
    {
        (OperationModel operation, _) = Build(
            """
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    next: { type: string, format: uri, nullable: true }
                    warnings: { type: array, items: { type: string } }
                    results: { type: array, items: { $ref: '#/components/schemas/Run' } }
            """);

        PaginationModel paging = operation.Pagination!;
        Assert.Equal((PaginationKind.NextLink, "Results", "Next"), (paging.Kind, paging.ItemsProperty, paging.NextProperty));
        Assert.Equal(PrimitiveKind.Uri, ((PrimitiveTypeRef)paging.NextType!).Kind);
    }

    [Fact]
    public void A_cursor_needs_a_query_parameter_to_send_it_back()
    {
        const string Page = """
            content:
              application/json:
                schema: { type: object, properties: { data: { type: array, items: { $ref: '#/components/schemas/Run' } }, next_cursor: { type: string } } }
            """;

        (OperationModel without, _) = Build(Page);
        (OperationModel with, _) = Build(Page, parameters: "- { name: page_token, in: query, schema: { type: string } }");

        Assert.Null(without.Pagination);
        Assert.Equal((PaginationKind.Cursor, "Data", "NextCursor", "pageToken", false), (with.Pagination!.Kind, with.Pagination.ItemsProperty, with.Pagination.NextProperty, with.Pagination.CursorParameter, with.Pagination.FollowsLinks));
    }

    [Fact]
    public void A_list_that_names_no_next_page_is_one_page_and_a_spec_parameter_never_takes_the_continuation_tokens_name()
    {
        (OperationModel operation, ModelResult result) = Build(
            """
            content:
              application/json:
                schema: { type: array, items: { $ref: '#/components/schemas/Run' } }
            """,
            parameters: "- { name: continuationToken, in: query, schema: { type: string } }");

        Assert.Null(operation.Pagination);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "MG0017");
        Assert.Equal("continuationToken2", Assert.Single(operation.Parameters).Name);
    }

    [Theory]
    [InlineData("x-speakeasy-pagination: { type: cursor, inputs: [ { name: after, in: parameters, type: cursor } ], outputs: { nextCursor: '$.continue_at', results: '$.runs' } }", "x-speakeasy-pagination")]
    [InlineData("x-fern-pagination: { cursor: '$request.after', next_cursor: '$response.continue_at', results: '$response.runs' }", "x-fern-pagination")]
    public void Speakeasys_and_Ferns_extensions_name_a_cursor_whatever_its_name(string extension, string rule)
    {
        // Names no heuristic knows: only the extension says which member is the cursor and which list the items.
        (OperationModel operation, ModelResult result) = Build(
            """
            content:
              application/json:
                schema: { type: object, properties: { continue_at: { type: string }, runs: { type: array, items: { $ref: '#/components/schemas/Run' } }, flags: { type: array, items: { type: string } } } }
            """,
            parameters: "- { name: after, in: query, schema: { type: string } }",
            extensions: extension);

        PaginationModel paging = operation.Pagination!;
        Assert.Equal((PaginationKind.Cursor, "Runs", "ContinueAt", "after"), (paging.Kind, paging.ItemsProperty, paging.NextProperty, paging.CursorParameter));
        Assert.Contains($"({rule})", Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0017").Message);
    }

    [Fact]
    public void Speakeasys_url_form_follows_the_next_url()
    {
        (OperationModel operation, _) = Build(
            """
            content:
              application/json:
                schema: { type: object, properties: { more: { type: string }, runs: { type: array, items: { $ref: '#/components/schemas/Run' } } } }
            """,
            extensions: "x-speakeasy-pagination: { type: url, outputs: { nextUrl: '$.more' } }");

        Assert.Equal((PaginationKind.NextLink, "Runs", "More"), (operation.Pagination!.Kind, operation.Pagination.ItemsProperty, operation.Pagination.NextProperty));
    }

    private static (OperationModel Operation, ModelResult Result) Build(string response, string parameters = "[]", string extensions = "")
    {
        string spec = $$"""
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /runs:
                get:
                  operationId: list
            {{Indent(extensions, 6)}}
                  parameters:
            {{Indent(parameters, 8)}}
                  responses:
                    '200':
                      description: a page
            {{Indent(response, 10)}}
            components:
              schemas:
                Run: { type: object, properties: { id: { type: integer } } }
            """;
        ModelResult result = MindGenEngine.BuildModel(new SpecInput("spec.yaml", spec, "T", "TClient"));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverityLevel.Warning);
        return (result.Api!.Operations.Single(), result);
    }

    private static string Indent(string text, int spaces) => string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));
}

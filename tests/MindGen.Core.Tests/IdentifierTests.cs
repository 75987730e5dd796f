using MindGen.Naming;

namespace MindGen.Core.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("closingDateForSLA", "ClosingDateForSLA")]
    [InlineData("netSecondsClosedAfterSla", "NetSecondsClosedAfterSla")]
    [InlineData("user_id", "UserId")]
    [InlineData("content-type", "ContentType")]
    [InlineData("2fa", "_2fa")]
    [InlineData("ünïcödé name", "UnicodeName")]
    [InlineData("Straße", "StraE")]
    [InlineData("a\"b", "AB")]
    [InlineData("class", "Class")]
    [InlineData("$ref", "Ref")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void PascalCase_keeps_ascii_words_and_drops_the_rest(string input, string expected) =>
        Assert.Equal(expected, Identifier.ToPascalCase(input));

    [Theory]
    [InlineData("ticketId", "ticketId")]
    [InlineData("TicketId", "ticketId")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("X-Request-Id", "xRequestId")]
    [InlineData("class", "@class")]
    [InlineData("event", "@event")]
    [InlineData("await", "@await")]
    [InlineData("File", "@file")]
    [InlineData("2fa", "_2fa")]
    public void CamelCase_is_for_parameters_and_escapes_keywords(string input, string expected) =>
        Assert.Equal(expected, Identifier.Escape(Identifier.ToCamelCase(input)));

    [Theory]
    [InlineData("enneo.MIND API", "EnneoMindApi")]
    [InlineData("Swagger Petstore", "SwaggerPetstore")]
    [InlineData("GitHub v3 REST API", "GitHubV3RestApi")]
    public void Titles_become_readable_names(string title, string expected) =>
        Assert.Equal(expected, Identifier.FromTitle(title));

    [Theory]
    [InlineData("Enneo.Mind", true)]
    [InlineData("Enneo..Mind", false)]
    [InlineData("Enneo.class", false)]
    [InlineData("Ünïcode", false)]
    [InlineData("A B", false)]
    public void Namespaces_are_validated(string ns, bool valid) => Assert.Equal(valid, Identifier.IsValidNamespace(ns));

    [Fact]
    public void Unique_names_get_numbers_in_request_order()
    {
        var scope = new UniqueNameScope(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["Item", "Item2", "item3", "Other"], new[] { "Item", "Item", "item", "Other" }.Select(scope.Take));
    }

    [Theory]
    [InlineData("segments", "segment")]
    [InlineData("aiAgents", "aiAgent")]
    [InlineData("categories", "category")]
    [InlineData("addresses", "address")]
    [InlineData("actionsCaches", "actionsCache")]
    [InlineData("niches", "niche")]
    [InlineData("branches", "branch")]
    [InlineData("matches", "match")]
    [InlineData("beaches", "beach")]
    [InlineData("ches", "che")]
    [InlineData("status", "status")]
    [InlineData("data", "data")]
    public void Array_items_are_named_in_the_singular(string plural, string singular) =>
        Assert.Equal(singular, Inflector.Singularize(plural));
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Enneo.Mind;
using MindGen.IntegrationTests.Infrastructure;
using MindGen.Tests.Shared;

namespace MindGen.IntegrationTests;

/// <summary>The generated serialization context: nothing lost, nothing changed, no reflection.</summary>
public sealed class JsonRoundTripTests
{
    [Fact]
    public void The_vendor_example_survives_a_round_trip_unchanged()
    {
        IReadOnlyList<TicketWorklog> worklogs = JsonSerializer.Deserialize(Fixtures.ExampleWorklogs, EnneoMindJsonContext.Default.IReadOnlyListTicketWorklog)!;
        string written = JsonSerializer.Serialize(worklogs, EnneoMindJsonContext.Default.IReadOnlyListTicketWorklog);

        AssertSameJson(Fixtures.ExampleWorklogs, written);
    }

    [Fact]
    public void Unknown_properties_are_kept_and_written_back_at_every_level()
    {
        const string json = """
            {"id":1,"futureField":{"a":[1,2,{"b":null}]},"worklog":{"userId":2,"newFlag":true,"ticketId":3},
             "customerExperience":{"csat":{"id":9,"comment":"ok"},"slaMet":null},"latestInteraction":null}
            """;
        TicketWorklog worklog = JsonSerializer.Deserialize(json, EnneoMindJsonContext.Default.TicketWorklog)!;

        Assert.Equal("{\"a\":[1,2,{\"b\":null}]}", worklog.AdditionalProperties!["futureField"].GetRawText());
        Assert.True(worklog.Worklog!.AdditionalProperties!["newFlag"].GetBoolean());
        Assert.Equal("ok", worklog.CustomerExperience!.Csat!.AdditionalProperties!["comment"].GetString());

        JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(worklog, EnneoMindJsonContext.Default.TicketWorklog))!;
        Assert.Equal("{\"a\":[1,2,{\"b\":null}]}", written["futureField"]!.ToJsonString());
        Assert.True(written["worklog"]!["newFlag"]!.GetValue<bool>());
        Assert.Equal("ok", written["customerExperience"]!["csat"]!["comment"]!.GetValue<string>());
    }

    [Fact]
    public void Null_stays_null_where_the_spec_allows_it_and_absent_members_stay_absent()
    {
        const string json = """{"id":1,"latestInteraction":null,"customerExperience":{"csat":null,"slaMet":null}}""";
        TicketWorklog worklog = JsonSerializer.Deserialize(json, EnneoMindJsonContext.Default.TicketWorklog)!;
        Assert.Null(worklog.LatestInteraction);
        Assert.Null(worklog.CustomerExperience!.Csat);

        JsonObject written = JsonNode.Parse(JsonSerializer.Serialize(worklog, EnneoMindJsonContext.Default.TicketWorklog))!.AsObject();
        Assert.True(written.ContainsKey("latestInteraction"));
        Assert.Null(written["latestInteraction"]);
        Assert.Null(written["customerExperience"]!["csat"]);
        Assert.False(written.ContainsKey("ticketId"), "a member that is absent and not nullable is left out, not invented");
        Assert.False(written.ContainsKey("date"));
    }

    [Fact]
    public void A_nullable_string_is_written_as_null_or_as_its_value()
    {
        // Written by one writer call (Utf8JsonWriter writes a null string as JSON null), not a null check of its own.
        Assert.Equal("""{"note":null}""", JsonSerializer.Serialize(new Features.LineItem { Note = null }, Features.FeaturesJsonContext.Default.LineItem));
        Assert.Equal("""{"note":"gift wrap"}""", JsonSerializer.Serialize(new Features.LineItem { Note = "gift wrap" }, Features.FeaturesJsonContext.Default.LineItem));
        Assert.Null(JsonSerializer.Deserialize("""{"note":null}""", Features.FeaturesJsonContext.Default.LineItem)!.Note);
    }

    [Theory]
    [InlineData("2024-06-12T09:59:00Z", "2024-06-12T09:59:00Z")]
    [InlineData("2024-06-12T09:59:00.1234567Z", "2024-06-12T09:59:00.1234567Z")]
    [InlineData("2024-06-12T11:59:00+02:00", "2024-06-12T11:59:00+02:00")]
    [InlineData("2024-06-12T09:59:00+00:00", "2024-06-12T09:59:00Z")]
    public void Date_times_round_trip_with_their_offset(string input, string output)
    {
        TimeSegment segment = JsonSerializer.Deserialize($$"""{"from":"{{input}}"}""", EnneoMindJsonContext.Default.TimeSegment)!;
        Assert.Equal(DateTimeOffset.Parse(input, System.Globalization.CultureInfo.InvariantCulture), segment.From);
        Assert.Equal($$"""{"from":"{{output}}"}""", JsonSerializer.Serialize(segment, EnneoMindJsonContext.Default.TimeSegment));
    }

    [Fact]
    public void Dates_round_trip_as_calendar_dates()
    {
        TicketWorklog worklog = JsonSerializer.Deserialize("""{"date":"2024-02-29"}""", EnneoMindJsonContext.Default.TicketWorklog)!;
        Assert.Equal(new DateOnly(2024, 2, 29), worklog.Date);
        JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(worklog, EnneoMindJsonContext.Default.TicketWorklog))!;
        Assert.Equal("2024-02-29", written["date"]!.GetValue<string>());
    }

    [Fact]
    public void Escaped_member_names_and_values_are_read_like_plain_ones()
    {
        TicketWorklog worklog = JsonSerializer.Deserialize("""{"\u0069d":7,"d\u0061te":"2024\u002D02-29","worklog":{"\u0061ction":"r\u00e9ply"}}""", EnneoMindJsonContext.Default.TicketWorklog)!;

        Assert.Equal(7, worklog.Id);
        Assert.Equal(new DateOnly(2024, 2, 29), worklog.Date);
        Assert.Equal("réply", worklog.Worklog!.Action);
        Assert.Null(worklog.AdditionalProperties);
    }

    [Fact]
    public void Typed_additional_properties_are_read_as_their_type_and_written_back()
    {
        const string json = """{"player":"ada","round1":3,"round2":5}""";
        Features.Scores scores = JsonSerializer.Deserialize(json, Features.FeaturesJsonContext.Default.Scores)!;

        Assert.Equal("ada", scores.Player);
        Assert.Equal(new Dictionary<string, int> { ["round1"] = 3, ["round2"] = 5 }, scores.AdditionalProperties);
        Assert.Equal(json, JsonSerializer.Serialize(scores, Features.FeaturesJsonContext.Default.Scores));

        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"player":"ada","round3":"five"}""", Features.FeaturesJsonContext.Default.Scores));
        Assert.Equal("$['round3']", exception.Path);
    }

    [Fact]
    public void Repeated_strings_are_shared_and_never_confused()
    {
        const string json = """[{"action":"reply","actionList":["reply","réply","replz","reply"]},{"action":"reply"}]""";
        WorklogInfo[] infos = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(element => JsonSerializer.Deserialize(element.GetRawText(), EnneoMindJsonContext.Default.WorklogInfo)!).ToArray();

        Assert.Equal(["reply", "réply", "replz", "reply"], infos[0].ActionList);
        Assert.Same(infos[0].Action, infos[1].Action);
        Assert.Same(infos[0].ActionList![0], infos[0].ActionList![3]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(40)]
    public void Arrays_of_any_length_keep_every_item_in_order(int length)
    {
        string[] items = Enumerable.Range(0, length).Select(i => "a" + i).ToArray();
        string json = new JsonObject { ["actionList"] = new JsonArray(items.Select(item => (JsonNode)item!).ToArray()) }.ToJsonString();

        TimeSegment segment = JsonSerializer.Deserialize(json, EnneoMindJsonContext.Default.TimeSegment)!;

        Assert.Equal(items, segment.ActionList);
        Assert.Equal(json, JsonSerializer.Serialize(segment, EnneoMindJsonContext.Default.TimeSegment));
    }

    [Theory]
    [InlineData("""{"date":"2024-13-01"}""", "$.date", "expected a date (yyyy-MM-dd), found a string")]
    [InlineData("""{"date":"2023-02-29"}""", "$.date", "expected a date (yyyy-MM-dd), found a string")]
    [InlineData("""{"date":"2024-1-011"}""", "$.date", "expected a date (yyyy-MM-dd), found a string")]
    [InlineData("""{"date":"0000-01-01"}""", "$.date", "expected a date (yyyy-MM-dd), found a string")]
    [InlineData("""{"id":1.5}""", "$.id", "expected an integer (Int64), found a number")]
    [InlineData("""{"assessments":[{"id":1},{"id":true}]}""", "$.assessments[1].id", "expected an integer (Int64), found a boolean")]
    [InlineData("""{"worklog":[]}""", "$.worklog", "expected an object (WorklogInfo), found an array")]
    [InlineData("""{"odd name":1,"worklog":{"actionList":[1]}}""", "$.worklog.actionList[0]", "expected a string, found a number")]
    public void A_mismatch_reports_the_json_path_and_what_was_expected(string json, string path, string reason)
    {
        JsonException exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, EnneoMindJsonContext.Default.TicketWorklog));
        Assert.Equal(path, exception.Path);
        Assert.Equal($"{reason} (at {path})", exception.Message);
    }

    [Fact]
    public void The_context_resolves_every_generated_type_without_reflection()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        foreach (Type type in new[] { typeof(TicketWorklog), typeof(WorklogAssessment), typeof(WorklogInfo), typeof(AiUsage), typeof(AiAgent), typeof(WorklogTime), typeof(TimeSegment), typeof(CustomerExperience), typeof(Csat), typeof(IReadOnlyList<TicketWorklog>) })
        {
            Assert.NotNull(EnneoMindJsonContext.Default.GetTypeInfo(type));
        }

        Assert.Null(EnneoMindJsonContext.Default.GetTypeInfo(typeof(Uri)));
    }

    [Fact]
    public void Options_bound_to_a_new_context_are_honoured()
    {
        var context = new EnneoMindJsonContext(new JsonSerializerOptions { WriteIndented = true });
        string written = JsonSerializer.Serialize(new Csat { Id = 1 }, context.Csat);
        Assert.Equal("{\n  \"id\": 1\n}", written.Replace("\r\n", "\n"));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected\n{expected}\nbut got\n{actual}");
}

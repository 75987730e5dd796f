using MindGen.Diagnostics;
using MindGen.Emit.Writing;
using MindGen.Model;

namespace MindGen.Core.Tests.Building;

/// <summary>Which responses are streams of items, what their items are, and which rule said so (MG0016).</summary>
public sealed class EventStreamBuildingTests
{
    [Theory]
    [InlineData("text/event-stream", EventStreamFormat.ServerSentEvents)]
    [InlineData("application/x-ndjson", EventStreamFormat.JsonLines)]
    [InlineData("application/ndjson", EventStreamFormat.JsonLines)]
    [InlineData("application/jsonl", EventStreamFormat.JsonLines)]
    [InlineData("application/x-jsonlines", EventStreamFormat.JsonLines)]
    [InlineData("application/json;stream=watch", EventStreamFormat.JsonLines)]
    [InlineData("application/json-seq", EventStreamFormat.JsonSequence)]
    public void A_streaming_media_type_alone_makes_a_stream_and_a_raw_plain_method(string mediaType, EventStreamFormat format)
    {
        (OperationModel operation, ModelResult result) = Build($$"""
            '200':
              description: items
              content:
                '{{mediaType}}':
                  schema: { type: array, items: { $ref: '#/components/schemas/Item' } }
            """);

        EventStreamModel events = operation.Response.Events!;
        Assert.Equal((format, mediaType, "FeedStreamingAsync"), (events.Format, events.MediaType, events.MethodName));
        Assert.Equal(new ModelTypeRef("Item"), events.ItemType);
        Assert.True(events.ItemIsJson);
        Assert.Equal(mediaType.EndsWith("stream=watch"), events.IsWatch);
        // The plain method hands over the body unread, asking for the stream too.
        Assert.Equal((BodyKind.Binary, PrimitiveKind.Stream), (operation.Response.Kind, ((PrimitiveTypeRef)operation.Response.BodyType!).Kind));
        Assert.Equal([mediaType], operation.Response.Accept);
        Assert.False(operation.Response.OffersBodyOrStream);
        SpecDiagnostic info = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0016");
        Assert.Contains("recognized by its media type", info.Message);
        Assert.Contains("FeedStreamingAsync", info.Message);
    }

    [Fact]
    public void Events_whose_schema_is_a_string_yield_text()
    {
        (OperationModel operation, _) = Build("""
            '200':
              description: lines
              content:
                text/event-stream:
                  schema: { type: string }
            """);

        Assert.Equal((new PrimitiveTypeRef(PrimitiveKind.String), false), (operation.Response.Events!.ItemType, operation.Response.Events.ItemIsJson));
    }

    [Fact]
    public void Beside_JSON_the_plain_method_keeps_JSON_and_the_request_flag_is_found_through_allOf_and_anyOf()
    {
        (OperationModel operation, _) = Build(
            """
            '200':
              description: either
              content:
                application/json: { schema: { $ref: '#/components/schemas/Item' } }
                text/event-stream: { schema: { $ref: '#/components/schemas/Item' } }
            """,
            requestBody: """
            requestBody:
              content:
                application/json:
                  schema:
                    allOf:
                      - { $ref: '#/components/schemas/Item' }
                      - type: object
                        properties: { stream: { anyOf: [ { type: boolean }, { type: 'null' } ] } }
            """);

        Assert.Equal((BodyKind.Json, new ModelTypeRef("Item")), (operation.Response.Kind, operation.Response.BodyType));
        Assert.Equal(["application/json"], operation.Response.Accept);
        Assert.True(operation.Response.OffersBodyOrStream);
        Assert.Equal("stream", operation.Response.Events!.RequestFlag);
    }

    [Fact]
    public void OpenAPI_32_itemSchema_wins_and_an_events_data_is_its_contentSchema()
    {
        (OperationModel operation, ModelResult result) = Build(
            """
            '200':
              description: ticks
              content:
                text/event-stream:
                  itemSchema:
                    type: object
                    properties:
                      event: { type: string }
                      data: { type: string, contentMediaType: application/json, contentSchema: { $ref: '#/components/schemas/Item' } }
            """,
            version: "3.2.0");

        Assert.Equal((new ModelTypeRef("Item"), true), (operation.Response.Events!.ItemType, operation.Response.Events.ItemIsJson));
        Assert.Contains("recognized by its itemSchema", Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0016").Message);
    }

    [Fact]
    public void A_subtype_without_a_mapping_entry_is_told_apart_by_the_one_value_its_schema_allows()
    {
        // OpenAI's messages: a discriminator without a mapping, each subtype allowing one role.
        (_, ModelResult result) = Build("""
            '200':
              description: a message
              content:
                application/json: { schema: { $ref: '#/components/schemas/Message' } }
            """);

        ObjectModel message = result.Api!.Models.Single(model => model.Name == "Message");
        Assert.Equal(["User:user", "System:System"], message.Polymorphism!.Derived.Select(value => $"{value.ClassName}:{value.Value}").Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Nullable_true_in_a_31_document_still_admits_null()
    {
        (_, ModelResult result) = Build("""
            '200':
              description: an item
              content:
                application/json: { schema: { $ref: '#/components/schemas/Item' } }
            """);

        PropertyModel reason = result.Api!.Models.Single(model => model.Name == "Item").Properties.Single(property => property.Name == "Reason");
        Assert.True(reason.Type.IsNullable);
    }

    [Fact]
    public void An_itemSchema_on_a_media_type_that_is_no_stream_is_a_located_warning()
    {
        const string Spec = """
            openapi: 3.2.0
            info: { title: T, version: '1' }
            paths:
              /feed:
                get:
                  operationId: feed
                  responses:
                    '200':
                      description: xml
                      content:
                        application/xml:
                          itemSchema: { type: string }
            """;

        ModelResult result = MindGenEngine.BuildModel(new SpecInput("spec.yaml", Spec, "T", "TClient"));

        SpecDiagnostic warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0011");
        Assert.Equal(DiagnosticSeverityLevel.Warning, warning.Severity);
        Assert.Contains("'application/xml' is not a stream MindGen reads", warning.Message);
        Assert.Equal(11, warning.Location!.Line); // the itemSchema line, counted from 0
        Assert.Null(result.Api!.Operations.Single().Response.Events);
    }

    [Fact]
    public void Named_events_get_a_class_each_whose_names_never_meet_the_unions_own_members()
    {
        // Each event's class is named after its type; those the union declares itself (Data, EventType, Unknown,
        // ReadEvent), the union's own name and a second spelling of a name move aside.
        (OperationModel operation, ModelResult result) = Build("""
            '200':
              description: events
              content:
                text/event-stream:
                  itemSchema:
                    type: object
                    properties: { event: { type: string }, data: { type: string } }
                    anyOf:
                      - properties: { event: { const: data }, data: { contentSchema: { $ref: '#/components/schemas/Item' } } }
                      - properties: { event: { const: event_type } }
                      - properties: { event: { const: feed-event } }
                      - properties: { event: { const: read_event }, data: { type: integer } }
                      - properties: { event: { const: Data } }
                      - properties: { event: { const: data } }
                      - properties: { event: { type: string } }
            """, version: "3.2.0");

        EventStreamModel events = operation.Response.Events!;
        EventUnionModel union = events.Union!;
        Assert.Equal(("FeedEvent", new ModelTypeRef("FeedEvent"), false), (union.Name, events.ItemType, events.ItemIsJson));
        Assert.Equal(
            [("data", "Data2", "Item"), ("event_type", "EventType2", "string"), ("feed-event", "FeedEvent2", "string"), ("read_event", "ReadEvent2", "long"), ("Data", "Data3", "string")],
            union.Events.Select(named => (named.EventType, named.CaseName, TypeSyntax.Display(named.DataType))));
        Assert.Equal([true, false, false, true, false], union.Events.Select(named => named.DataIsJson));
        Assert.Contains("named events", Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "MG0016").Message);
    }

    private static (OperationModel Operation, ModelResult Result) Build(string responses, string requestBody = "", string version = "3.1.0")
    {
        string spec = $$"""
            openapi: {{version}}
            info: { title: T, version: '1' }
            paths:
              /feed:
                post:
                  operationId: feed
            {{Indent(requestBody, 6)}}
                  responses:
            {{Indent(responses, 8)}}
            components:
              schemas:
                Item:
                  type: object
                  required: [id, reason]
                  properties:
                    id: { type: integer }
                    reason: { type: string, enum: [stop, length], nullable: true }
                Message:
                  oneOf: [ { $ref: '#/components/schemas/User' }, { $ref: '#/components/schemas/System' } ]
                  discriminator: { propertyName: role }
                User: { type: object, required: [role], properties: { role: { type: string, enum: [user] } } }
                System: { type: object, required: [role], properties: { role: { type: string } } }
            """;
        ModelResult result = MindGenEngine.BuildModel(new SpecInput("spec.yaml", spec, "T", "TClient"));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverityLevel.Warning);
        return (result.Api!.Operations.Single(), result);
    }

    private static string Indent(string text, int spaces) => string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));
}

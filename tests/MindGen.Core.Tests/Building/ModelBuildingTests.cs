using MindGen.Model;

namespace MindGen.Core.Tests.Building;

/// <summary>The builder's decisions, read from the model it returns, without a compiler.</summary>
public sealed class ModelBuildingTests
{
    [Fact]
    public void A_discriminated_hierarchy_dispatches_most_derived_first_at_every_level()
    {
        ApiDescription api = Build("""
            Animal:
              type: object
              required: [kind]
              properties: { kind: { type: string } }
              discriminator: { propertyName: kind, mapping: { big-cat: '#/components/schemas/Lion' } }
            Lion:
              allOf: [ { $ref: '#/components/schemas/Animal' }, { type: object, properties: { mane: { type: boolean } } } ]
            Cub:
              allOf: [ { $ref: '#/components/schemas/Lion' }, { type: object, properties: { age: { type: integer } } } ]
            Parrot:
              allOf: [ { $ref: '#/components/schemas/Animal' }, { type: object, properties: { words: { type: integer } } } ]
            """);

        ObjectModel animal = Model(api, "Animal");
        // Most derived first, then by value (ordinal: upper case before lower case).
        Assert.Equal(["Cub:Cub", "Parrot:Parrot", "Lion:big-cat"], animal.Polymorphism!.Derived.Select(value => $"{value.ClassName}:{value.Value}"));
        Assert.Equal("big-cat", Model(api, "Lion").DiscriminatorFor("kind")!.Value);
        Assert.Equal(["Cub"], Model(api, "Lion").Polymorphism!.Derived.Select(value => value.ClassName));
        Assert.Equal(("Lion", "Animal"), (Model(api, "Cub").BaseName, Model(api, "Lion").BaseName));
        Assert.Equal(["Kind", "Mane", "Age"], Model(api, "Cub").Properties.Select(property => property.Name));
        Assert.Equal([true, true, false], Model(api, "Cub").Properties.Select(property => property.IsInherited));
    }

    [Fact]
    public void A_discriminated_oneOf_of_independent_objects_becomes_their_base_class()
    {
        ApiDescription api = Build("""
            Shape:
              oneOf: [ { $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' } ]
              discriminator: { propertyName: kind }
            Circle: { type: object, properties: { kind: { type: string }, radius: { type: number } } }
            Square: { type: object, properties: { kind: { type: string }, side: { type: number } } }
            """);

        Assert.Empty(api.Unions);
        Assert.Equal("Shape", Model(api, "Circle").BaseName);
        Assert.Equal(["Circle", "Square"], Model(api, "Shape").Polymorphism!.Derived.Select(value => value.Value));
    }

    [Fact]
    public void A_union_gives_each_variant_accessors_of_its_own_even_when_their_words_meet()
    {
        ApiDescription api = Build("""
            Boolean: { type: object, properties: { flag: { type: string } } }
            FromBoolean: { oneOf: [ { $ref: '#/components/schemas/Boolean' }, { type: boolean }, { type: array, items: { type: string } } ] }
            """);

        UnionModel union = Assert.Single(api.Unions);
        Assert.Equal("FromBoolean", union.Name);
        // FromBoolean is the union's own name, so the class Boolean's stem moves on; the boolean comes next.
        Assert.Equal(["Boolean2", "Boolean3", "ArrayOfString"], union.Variants.Select(variant => variant.AccessorName));
    }

    [Fact]
    public void Additional_properties_beside_properties_type_the_bag_which_never_takes_a_members_name()
    {
        ApiDescription api = Build("""
            Scores:
              type: object
              properties: { additionalProperties: { type: string }, total: { type: integer } }
              additionalProperties: { type: integer, format: int32 }
            """);

        ObjectModel scores = Model(api, "Scores");
        Assert.Equal("AdditionalProperties", scores.AdditionalPropertiesName);
        Assert.Equal(["AdditionalPropertiesValue", "Total"], scores.Properties.Select(property => property.Name));
        Assert.Equal(new PrimitiveTypeRef(PrimitiveKind.Int32), scores.AdditionalPropertiesType);
    }

    [Fact]
    public void An_inline_enum_is_never_named_like_its_own_members()
    {
        ApiDescription api = Build("""
            Setting: { type: object, properties: { value: { type: string, enum: [on, off] }, isDefined: { type: string, enum: [yes] } } }
            """);

        Assert.Equal(["SettingIsDefined", "SettingValue"], api.Enums.Select(enumeration => enumeration.Name));
        Assert.Equal(new EnumTypeRef("SettingValue", false), Model(api, "Setting").Properties[0].Type with { IsNullable = false });
    }

    [Fact]
    public void A_component_enum_called_value_moves_aside_and_its_own_member_value_too()
    {
        ApiDescription api = Build("""
            Value: { type: string, enum: [value, toString] }
            """);

        EnumModel value = Assert.Single(api.Enums);
        Assert.Equal("Value2", value.Name);
        Assert.Equal(["ValueValue", "ToStringValue"], value.Members.Select(member => member.Name));
    }

    [Fact]
    public void Parameters_are_escaped_and_kept_apart_from_the_methods_locals()
    {
        ApiDescription api = Build(
            schemas: "{}",
            paths: """
                /things:
                  get:
                    operationId: getThings
                    parameters:
                      - { name: await, in: query, schema: { type: string } }
                      - { name: id, in: query, schema: { type: string } }
                      - { name: idValue, in: query, schema: { type: string } }
                      - { name: request, in: header, schema: { type: string } }
                      - { name: cancellationToken, in: query, required: true, schema: { type: string } }
                    responses: { '204': { description: none } }
                """);

        OperationModel operation = Assert.Single(api.Operations);
        // The spec's names win over the method's locals (request), never over its own cancellation token.
        Assert.Equal(["cancellationToken2", "@await", "id", "idValue", "request"], operation.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(["cancellationToken", "await", "id", "idValue", "request"], operation.Parameters.Select(parameter => parameter.WireName));
    }

    [Fact]
    public void A_choice_among_the_classes_of_one_discriminated_hierarchy_is_their_base()
    {
        // Swashbuckle's body for a polymorphic parameter: oneOf the subclasses, whose base has the discriminator.
        ApiDescription api = Build(
            schemas: """
                Shape: { type: object, required: [kind], properties: { kind: { type: string } }, discriminator: { propertyName: kind } }
                Circle: { allOf: [ { $ref: '#/components/schemas/Shape' }, { type: object, properties: { radius: { type: number } } } ] }
                Square: { allOf: [ { $ref: '#/components/schemas/Shape' }, { type: object, properties: { side: { type: number } } } ] }
                Plain: { type: object, properties: { a: { type: string } } }
                Other: { type: object, properties: { b: { type: string } } }
                """,
            paths: """
                /shapes:
                  post:
                    operationId: grow
                    requestBody: { content: { application/json: { schema: { oneOf: [ { $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' } ] } } } }
                    responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [ { $ref: '#/components/schemas/Plain' }, { $ref: '#/components/schemas/Other' } ] } } } } }
                """);

        OperationModel grow = Assert.Single(api.Operations);
        Assert.Equal(new ModelTypeRef("Shape"), grow.RequestBody!.Type);
        Assert.Equal(new UnionTypeRef("GrowResponse"), grow.Response.BodyType);
        Assert.True(Model(api, "Shape").Properties.Single(property => property.IsDiscriminator) is { IsRequired: true, JsonName: "kind" });
    }

    [Fact]
    public void Multipart_parts_come_from_every_allOf_member()
    {
        // ASP.NET Core describes each form field of an upload as an object of its own, combined by allOf.
        ApiDescription api = Build(
            schemas: "IFormFile: { type: string, format: binary }",
            paths: """
                /files:
                  post:
                    operationId: upload
                    requestBody:
                      content:
                        multipart/form-data:
                          schema:
                            required: [file, note]
                            type: object
                            allOf:
                              - { type: object, properties: { file: { $ref: '#/components/schemas/IFormFile' } } }
                              - { type: object, properties: { note: { type: string } } }
                    responses: { '204': { description: none } }
                """);

        EquatableArray<MultipartPartModel> parts = Assert.Single(api.Operations).RequestBody!.Parts;
        Assert.Equal([("@file", true, true), ("note", false, true)], parts.Select(part => (part.Name, part.IsFile, part.IsRequired)));
    }

    [Fact]
    public void An_enum_of_numbers_takes_the_member_names_its_producer_lists()
    {
        ApiDescription api = Build("""
            State: { type: integer, enum: [0, 1, 2], x-enumNames: [Open, InProgress, Finished] }
            Level: { type: integer, enum: [1, 2], x-enum-varnames: [LOW, high_level] }
            """);

        Assert.Equal(["LOW", "HighLevel"], api.Enums.Single(e => e.Name == "Level").Members.Select(member => member.Name));
        Assert.Equal(["Open", "InProgress", "Finished"], api.Enums.Single(e => e.Name == "State").Members.Select(member => member.Name));
    }

    [Fact]
    public void A_path_parameter_is_never_null_whatever_its_schema_allows()
    {
        // Microsoft Graph declares nullable date-time path segments; the generated call could not format them.
        ApiDescription api = Build(
            schemas: "{}",
            paths: """
                /days/{day}:
                  get:
                    operationId: getDay
                    parameters: [ { name: day, in: path, required: true, schema: { type: [string, 'null'], format: date-time } } ]
                    responses: { '204': { description: none } }
                """);

        Assert.Equal(new PrimitiveTypeRef(PrimitiveKind.DateTime), Assert.Single(Assert.Single(api.Operations).Parameters).Type);
    }

    [Fact]
    public void Operations_and_their_variants_share_one_scope_clear_of_the_clients_members()
    {
        ApiDescription api = Build(
            schemas: "{}",
            paths: """
                /a: { get: { operationId: getThings, responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } } } } }
                /b: { get: { operationId: getThingsWithResponse, responses: { '204': { description: none } } } }
                /c: { get: { operationId: streamThings, responses: { '204': { description: none } } } }
                """);

        Assert.Equal(
            ["GetThingsAsync/StreamThingsAsync/GetThingsWithResponseAsync", "GetThingsWithResponse2Async//GetThingsWithResponse2WithResponseAsync", "StreamThings2Async//StreamThings2WithResponseAsync"],
            api.Operations.Select(operation => $"{operation.MethodName}/{operation.StreamMethodName}/{operation.ResponseMethodName}").ToList());
    }

    private static ObjectModel Model(ApiDescription api, string name) => api.Models.Single(model => model.Name == name);

    private static ApiDescription Build(string schemas, string paths = "{}")
    {
        string spec = $$"""
            openapi: 3.1.0
            info: { title: T, version: '1' }
            paths:
            {{Indent(paths)}}
            components:
              schemas:
            {{Indent(Indent(schemas))}}
            """;
        ModelResult result = MindGenEngine.BuildModel(new SpecInput("spec.yaml", spec, "T", "TClient"));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Severity >= Diagnostics.DiagnosticSeverityLevel.Warning);
        return result.Api!;
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(line => "  " + line));
}

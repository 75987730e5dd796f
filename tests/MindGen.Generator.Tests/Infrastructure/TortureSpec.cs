using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using MindGen.Naming;

namespace MindGen.Generator.Tests.Infrastructure;

/// <summary>
/// A spec written from <see cref="GeneratedNames"/> itself: its schema names, property names, enum values,
/// parameter names, operationIds and security schemes are every name the generated code declares, every C#
/// keyword (reserved and contextual, as Roslyn lists them), and the BCL type names a generated type is most
/// likely to meet. If the registry grows, so does this spec.
/// </summary>
internal static class TortureSpec
{
    public const string Namespace = "Torture";
    public const string ClientName = "TortureClient";

    // Names that are no member of the generated code but that generated code mentions: BCL types and the
    // shapes of its helpers' keys, and the parts of its file names. OpenAI's spec has `ArrayOfContentPart`;
    // GitHub's `failure-reason`; Linode's `Helpers`. `api`, `json` and `sys` are the aliases every generated
    // file declares for its namespace, System.Text.Json and System.
    private static readonly string[] Bcl =
    [
        "Boolean", "String", "Date", "DateTime", "DateOnly", "DateTimeOffset", "TimeSpan", "Object", "Type", "Task",
        "Value", "Int32", "Int64", "Double", "Decimal", "Guid", "Uri", "Stream", "Exception", "JsonElement",
        "JsonException", "Utf8JsonReader", "Utf8JsonWriter", "JsonSerializer", "HttpClient", "CancellationToken",
        "System", "Microsoft", "ArrayOfContentPart", "ArrayOfNullableBoolean", "IReadOnlyListContentPart",
        "MapOfInt64", "failure-reason", "id", "idValue", "Helpers", "Converters", "api", "json", "sys",
    ];

    /// <summary>Every name, once each, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = AllNames();

    public static string Text { get; } = Build().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    private static IReadOnlyList<string> AllNames()
    {
        IEnumerable<string> registry = GeneratedNames.NamespaceTypes(ClientName)
            .Concat(GeneratedNames.JsonContextMembers)
            .Concat(GeneratedNames.ModelMembers)
            .Concat(GeneratedNames.EnumMembers)
            .Concat(GeneratedNames.UnionMembers)
            .Concat(GeneratedNames.ClientMembers)
            .Concat(GeneratedNames.OptionsMembers)
            .Concat(GeneratedNames.Locals.All)
            .Concat(GeneratedNames.UnionAccessorPrefixes)
            .Concat(GeneratedNames.CredentialSuffixes)
            .Concat([GeneratedNames.AdditionalProperties, GeneratedNames.IsDefined, GeneratedNames.ContextDefault, GeneratedNames.ContextCreate])
            .Concat([GeneratedNames.ReadMethod("bool"), GeneratedNames.ReadOrNullMethod("string"), GeneratedNames.WriteMethod("long"), GeneratedNames.MembersTable("Pet"), GeneratedNames.MembersField("Pet"), GeneratedNames.SendMethod("GetPetAsync"), GeneratedNames.TypeInfoField("Pet")])
            .Concat(Template.ClientRuntime.DeclaredMembers)
            .Concat(Template.ClientRuntimeDeepObject.DeclaredMembers)
            .Concat(Template.ClientRuntimeResponses.DeclaredMembers)
            .Concat(Template.ClientRuntimeTelemetry.DeclaredMembers)
            .Concat(Template.ClientRuntimeRetries.DeclaredMembers)
            .Concat(Template.ClientRuntimeEventStreams.DeclaredMembers)
            .Concat(Template.ClientRuntimeEventFraming.DeclaredMembers)
            .Concat(Template.ClientRuntimeStreamBodies.DeclaredMembers)
            .Concat(Template.ClientRuntimePages.DeclaredMembers)
            .Concat(Template.ClientRuntimeTypedHeaders.DeclaredMembers)
            .Concat(GeneratedNames.ResponseHeadersMembers)
            .Concat(GeneratedNames.FakeMembers)
            .Concat(GeneratedNames.FakeCallMembers)
            .Concat(Template.FakeParts.SelectMany(part => part.DeclaredMembers));
        IEnumerable<string> keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(text => text.All(char.IsAsciiLetterLower));
        return registry.Concat(keywords).Concat(Bcl).Distinct(StringComparer.Ordinal).ToList();
    }

    private static JsonObject Build()
    {
        var schemas = new JsonObject();
        var everything = new JsonObject();
        var paths = new JsonObject();
        for (int i = 0; i < Names.Count; i++)
        {
            string name = Names[i];

            // A class per name, with a member named like it (CS0542 if it kept the name) and one called `value`.
            schemas[name] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [name] = Schema("string"), ["value"] = Schema("integer") },
            };
            everything[name] = Ref(name);

            // An operation per name, which returns that class: every class is a root of the JSON context.
            paths[$"/ops/{i}"] = new JsonObject
            {
                ["get"] = new JsonObject { ["operationId"] = name, ["responses"] = Ok(Ref(name)) },
            };
        }

        everything["choice"] = Ref("Choice");
        everything["level"] = Ref("Level");
        everything["mixed"] = Ref("Mixed");
        everything["shape"] = Ref("Shape");
        everything["bits"] = new JsonObject { ["type"] = "array", ["items"] = Schema("boolean") };
        everything["maybeBits"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("boolean", "null") } };
        everything["parts"] = new JsonObject { ["type"] = "array", ["items"] = Ref("ContentPart") };
        schemas["Everything"] = new JsonObject { ["type"] = "object", ["properties"] = everything };
        schemas["Choice"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Names.Select(name => (JsonNode)name!).ToArray()) };
        schemas["Level"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(1, 2, -3) };
        schemas["ContentPart"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["text"] = Schema("string") } };

        // Variants whose accessors would meet: a class Boolean and a boolean, a class String and a string.
        schemas["Mixed"] = new JsonObject
        {
            ["oneOf"] = new JsonArray(Ref("Boolean"), Schema("boolean"), Ref("String"), Schema("string"), new JsonObject { ["type"] = "array", ["items"] = Ref("ContentPart") }, Ref("ArrayOfContentPart")),
        };

        // A discriminated hierarchy, so that the context needs PeekDiscriminator (also a schema here).
        schemas["Shape"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("kind"),
            ["properties"] = new JsonObject { ["kind"] = Schema("string") },
            ["discriminator"] = new JsonObject { ["propertyName"] = "kind" },
        };
        schemas["Circle"] = Derived("Shape", "radius");
        schemas["Square"] = Derived("Shape", "side");

        // Every name as a query parameter; `id` and `idValue` among them, both optional.
        var echoParameters = new JsonArray(Names.Select(name => (JsonNode)new JsonObject { ["name"] = name, ["in"] = "query", ["schema"] = Schema("string") }).ToArray());
        paths["/echo"] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "echo",
                ["parameters"] = echoParameters,
                ["responses"] = Ok(new JsonObject { ["type"] = "object", ["additionalProperties"] = Schema("string") }),
            },
        };

        // Every name as a response header too: its class's properties meet ResponseHeaders' own members and each other.
        paths["/echo"]!["get"]!["responses"]!["200"]!["headers"] = new JsonObject(Names.Select(name => KeyValuePair.Create(name, (JsonNode?)new JsonObject { ["schema"] = Schema("string") })));
        // Every name as a multipart part, beside a file part called `file` and a list of files, whose local is `file`.
        var parts = new JsonObject();
        foreach (string name in Names)
        {
            parts[name] = Schema("string");
        }

        parts["file"] = new JsonObject { ["type"] = "string", ["format"] = "binary" };
        parts["attachments"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } };
        paths["/upload"] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["operationId"] = "upload",
                ["requestBody"] = new JsonObject { ["content"] = new JsonObject { ["multipart/form-data"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = parts } } } },
                ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "stored" } },
            },
        };
        paths["/everything"] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["operationId"] = "roundTrip",
                ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Json(Ref("Everything")) },
                ["responses"] = Ok(Ref("Everything")),
            },
        };
        paths["/bits"] = new JsonObject
        {
            ["get"] = new JsonObject { ["operationId"] = "bits", ["responses"] = Ok(everything["maybeBits"]!.DeepClone()) },
        };

        // Schemes whose options members would meet the options' own (BaseAddress, JsonContext) and each other's.
        var schemes = new JsonObject
        {
            ["BaseAddress"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
            ["JsonContext"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Key" },
            ["Base"] = new JsonObject { ["type"] = "http", ["scheme"] = "basic" },
        };
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "Torture", ["version"] = "1" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas, ["securitySchemes"] = schemes },
            ["security"] = new JsonArray(new JsonObject { ["BaseAddress"] = new JsonArray() }, new JsonObject { ["JsonContext"] = new JsonArray() }, new JsonObject { ["Base"] = new JsonArray() }),
        };
    }

    private static JsonObject Schema(string type) => new() { ["type"] = type };

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name.Replace("~", "~0").Replace("/", "~1") };

    private static JsonObject Json(JsonNode schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };

    private static JsonObject Ok(JsonNode schema) => new() { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = Json(schema) } };

    private static JsonObject Derived(string baseName, string property) => new()
    {
        ["allOf"] = new JsonArray(Ref(baseName), new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [property] = Schema("number") } }),
    };
}

using System.Collections.Generic;
using System.Linq;

namespace MindGen.Naming;

/// <summary>
/// Every name the generated code declares by itself, scope by scope: the one source the builder's name
/// scopes reserve from, so that no schema, property, enum value, parameter or operation from a spec can take
/// one. Fixed code declares what its <see cref="Template"/> declares, read from the template itself; what the
/// emitters write is a constant or a function here, and the emitters write it from here.
/// </summary>
/// <remarks>
/// Names the emitters derive from the spec's own names (<c>Read_Pet</c>, <c>Members_Pet</c>,
/// <c>Send_GetPetAsync</c>, the writer's local <c>valueName</c>) belong to a family: a fixed word,
/// then the spec's name. Family words end in an underscore, which no identifier made from spec text
/// contains (<see cref="Identifier"/> keeps only letters and digits, and an underscore before a leading
/// digit), or are lower-case words before a PascalCase name; so no family member can equal a spec's name
/// or a member of another family.
/// </remarks>
public static class GeneratedNames
{
    /// <summary>What every class and struct inherits from <c>object</c>; a member with one of these names would hide it.</summary>
    public static readonly IReadOnlyList<string> ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"];

    // ---- The namespace of a spec: its schemas' types beside these.

    public static string Interface(string client) => "I" + client;

    public static string Options(string client) => client + "Options";

    public static string Runtime(string client) => client + "Runtime";

    /// <summary>The client's base class, which declares its operations (ClientEmitter says why they are apart).</summary>
    public static string Operations(string client) => client + "Operations";

    public static string ServiceCollectionExtensions(string client) => client + "ServiceCollectionExtensions";

    /// <summary><c>EnneoMindClient</c> → <c>EnneoMindJsonContext</c>.</summary>
    public static string JsonContext(string client) =>
        (client.EndsWith("Client", System.StringComparison.Ordinal) && client.Length > "Client".Length ? client.Substring(0, client.Length - "Client".Length) : client) + "JsonContext";

    /// <summary>The API served in memory, for tests: <c>EnneoMindClient</c> → <c>EnneoMindClientFake</c>.</summary>
    public static string Fake(string client) => client + "Fake";

    /// <summary>
    /// The types every namespace has besides the client's own: ApiException, ApiResponse, FileParameter, ApiStream, Page,
    /// RetryOptions, RequestOptions, ResponseHeaders, ApiHeadersResponse, and the fake's (reserved whether or not the
    /// project asks for fakes, so that asking renames nothing).
    /// </summary>
    public static IReadOnlyList<string> FixedTypes { get; } =
        Template.ApiException.DeclaredTypes.Concat(Template.ApiResponse.DeclaredTypes).Concat(Template.FileParameter.DeclaredTypes).Concat(Template.ApiStream.DeclaredTypes)
            .Concat(Template.Page.DeclaredTypes).Concat(Template.RetryOptions.DeclaredTypes)
            .Concat(Template.RequestOptions.DeclaredTypes).Concat(Template.ResponseHeaders.DeclaredTypes)
            .Concat(Template.FakeParts.SelectMany(part => part.DeclaredTypes)).Distinct().ToList();

    /// <summary>Every type a spec's namespace holds besides its schemas', for the client <paramref name="client"/>.</summary>
    public static IEnumerable<string> NamespaceTypes(string client) =>
        FixedTypes.Concat([client, Interface(client), Operations(client), Options(client), Runtime(client), ServiceCollectionExtensions(client), JsonContext(client), Fake(client)]);

    // ---- A fake: a property per operation (its method's name without Async) and a class of its calls, beside these.

    /// <summary>What a fake declares besides its operations: what it inherits (ApiFake's and HttpMessageHandler's members) and its two factories.</summary>
    public static IReadOnlyList<string> FakeMembers { get; } =
        ObjectMembers.Concat(Template.Fake.DeclaredMembers).Concat(["Send", "SendAsync", "Dispose", FakeCreateClient, FakeCreateHttpClient]).Distinct().ToList();

    public const string FakeCreateClient = "CreateClient";
    public const string FakeCreateHttpClient = "CreateHttpClient";

    /// <summary>The word after an operation's name that names the class of its calls: <c>GetPetCall</c>.</summary>
    public const string FakeCallSuffix = "Call";

    /// <summary>What a call class inherits from FakeCall, which no parameter's property takes.</summary>
    public static IReadOnlyList<string> FakeCallMembers { get; } = ObjectMembers.Concat(Template.FakeCall.DeclaredMembers).Distinct().ToList();

    // ---- Generated classes and structs: what each declares besides the spec's members.

    /// <summary>The member that keeps JSON members a schema does not describe, when no property takes the name.</summary>
    public const string AdditionalProperties = "AdditionalProperties";

    /// <summary>What a class's properties may not be called: object's members (it overrides <see cref="ModelDeclares"/> itself).</summary>
    public static IReadOnlyList<string> ModelMembers => ObjectMembers;

    /// <summary>What a class declares besides its properties: its <c>ToString()</c>, the JSON it is sent as. No class is named like it (CS0542).</summary>
    public static IReadOnlyList<string> ModelDeclares { get; } = ["ToString"];

    /// <summary>Whether an open enum's value is one the spec lists; emitted beside the template.</summary>
    public const string IsDefined = "IsDefined";

    public static IReadOnlyList<string> EnumMembers { get; } =
        ObjectMembers.Concat(Template.StringEnum.DeclaredMembers).Concat(Template.IntegerEnum.DeclaredMembers).Append(IsDefined).Distinct().ToList();

    /// <summary>The words before a union variant's name: <c>FromPet</c> wraps one, <c>TryGetPet</c> reads one.</summary>
    public static readonly IReadOnlyList<string> UnionAccessorPrefixes = ["From", "TryGet"];

    public static IReadOnlyList<string> UnionMembers { get; } =
        ObjectMembers.Concat(Template.Union.DeclaredMembers).Concat(Template.UnionDiscriminator.DeclaredMembers).Distinct().ToList();

    /// <summary>A Kubernetes watch's item, declared by the ApiStream template (a test holds it to that).</summary>
    public const string WatchEvent = "WatchEvent";

    /// <summary>The options of streams, declared by the ApiStream template (a test holds it to that).</summary>
    public const string StreamOptions = "StreamOptions";

    // ---- A union of server-sent events told apart by their event field: a nested class per named event.

    /// <summary>The event's type, on the union's base class.</summary>
    public const string EventUnionType = "EventType";

    /// <summary>The event's data, on each event's class (so no event's class may take the name: CS0542).</summary>
    public const string EventUnionData = "Data";

    /// <summary>The class of an event the spec does not name.</summary>
    public const string EventUnionUnknown = "Unknown";

    /// <summary>The union's reader of an event from its type and data, which the client hands its runtime.</summary>
    public const string EventUnionReader = "ReadEvent";

    public static IReadOnlyList<string> EventUnionMembers { get; } = [.. ObjectMembers, EventUnionType, EventUnionData, EventUnionUnknown, EventUnionReader];

    // ---- The client and its options.

    public const string HttpClientField = "_httpClient";
    public const string OptionsField = "_options";
    public const string JsonField = "_json";
    public const string UserAgentField = "_userAgent";

    /// <summary>The name of the client's ActivitySource and Meter, on the client (and its runtime), with their version beside.</summary>
    public const string TelemetryName = "TelemetryName";
    public const string TelemetryVersion = "TelemetryVersion";

    /// <summary>Method names are the operations'; these are the client's own members.</summary>
    public static IReadOnlyList<string> ClientMembers { get; } = [.. ObjectMembers, HttpClientField, OptionsField, JsonField, UserAgentField, TelemetryName];

    /// <summary>The private core of an operation's public methods.</summary>
    public static string SendMethod(string methodName) => "Send_" + methodName;

    public const string BaseAddress = "BaseAddress";

    /// <summary>The client runtime's method that builds the server URL from the options' server variables.</summary>
    public const string ServerAddressMethod = "ServerAddress";
    public const string JsonContextOption = "JsonContext";

    /// <summary>The options' <c>StreamOptions</c>, for a spec whose responses stream events or JSON lines.</summary>
    public const string StreamsOption = "Streams";

    /// <summary>The options' application id, put in front of the client's own <c>User-Agent</c>.</summary>
    public const string ApplicationIdOption = "ApplicationId";

    /// <summary>The options' <c>RetryOptions</c>.</summary>
    public const string RetryOption = "Retry";

    /// <summary>The response of an operation without a body whose headers are typed, declared by its template (a test holds it to that).</summary>
    public const string HeadersResponse = "ApiHeadersResponse";

    /// <summary>The options' type of retries, declared by its template (a test holds it to that).</summary>
    public const string RetryOptions = "RetryOptions";

    /// <summary>
    /// What a class of typed response headers inherits from <c>ResponseHeaders</c> (its dictionary members, its parsing
    /// helpers, <c>Item</c> for the indexer), which no header's property takes.
    /// </summary>
    public static IReadOnlyList<string> ResponseHeadersMembers { get; } =
        ObjectMembers.Concat(Template.ResponseHeaders.DeclaredMembers).Append("Item").Distinct().ToList();

    public static IReadOnlyList<string> OptionsMembers { get; } = [.. ObjectMembers, BaseAddress, JsonContextOption, StreamsOption, ApplicationIdOption, RetryOption];

    /// <summary>The words after a security scheme's name in the options: <c>BearerToken</c>, <c>BasicUserName</c>.</summary>
    public static readonly IReadOnlyList<string> CredentialSuffixes = ["Token", "TokenProvider", "UserName", "Password", "ApiKey"];

    /// <summary>
    /// The cancellation token every client method takes last, and the locals it declares. The spec's
    /// parameters keep their names; a local whose name one takes moves aside (<c>request2</c>).
    /// </summary>
    public static class Locals
    {
        public const string CancellationToken = "cancellationToken";

        /// <summary>The …PagesAsync method's parameter that resumes a list: a parameter of the method's own, like the cancellation token.</summary>
        public const string ContinuationToken = "continuationToken";

        /// <summary>Every operation method's per-call settings (<c>RequestOptions</c>): a parameter of the method's own, like the cancellation token.</summary>
        public const string RequestOptions = "requestOptions";
        public const string RequestUri = "requestUri";
        public const string Request = "request";
        public const string Response = "response";
        public const string Separator = "separator";
        public const string Multipart = "multipart";
        public const string Item = "item";
        public const string File = "file";
        public const string Status = "status";
        public const string Token = "token";
        public const string Streaming = "streaming";
        public const string LastEventId = "lastEventId";
        public const string PageUri = "pageUri";
        public const string PageToken = "pageToken";
        public const string Page = "page";
        public const string Headers = "headers";

        /// <summary>The parameters every operation method has of its own (the pages' continuation token on some), which no spec parameter takes.</summary>
        public static readonly IReadOnlyList<string> MethodParameters = [CancellationToken, ContinuationToken, RequestOptions];

        public static readonly IReadOnlyList<string> All = [CancellationToken, ContinuationToken, RequestOptions, RequestUri, Request, Response, Separator, Multipart, Item, File, Status, Token, Streaming, LastEventId, PageUri, PageToken, Page, Headers];
    }

    // ---- The JSON context: a property per root type, named after the type, beside these.

    public const string ContextDefault = "Default";
    public const string ContextCreate = "Create";

    /// <summary>What a class's ToString() calls: its JSON without write-only members (the context's Display template part).</summary>
    public const string ContextDisplay = "Display";

    /// <summary>The context's flag, set while an object prints itself, that leaves write-only members out.</summary>
    public const string ContextRedacting = "redacting";

    /// <summary>The context's one cast from the options' metadata to a root type's, which every root's property calls.</summary>
    public const string ContextTypeInfoOf = "TypeInfoOf";

    // What JsonSerializerContext declares for derived contexts to see.
    private static readonly string[] JsonSerializerContextMembers = ["Options", "GeneratedSerializerOptions", "GetTypeInfo"];

    public static IReadOnlyList<string> JsonContextMembers { get; } =
        ObjectMembers.Concat(JsonSerializerContextMembers).Concat([ContextDefault, ContextCreate, ContextTypeInfoOf])
            .Concat(Template.JsonContextParts.SelectMany(part => part.DeclaredMembers)).Distinct().ToList();

    public static string ReadMethod(string key) => "Read_" + key;

    public static string ReadOrNullMethod(string key) => "ReadOrNull_" + key;

    public static string WriteMethod(string key) => "Write_" + key;

    /// <summary>
    /// What the file holding a class's JSON code (its member table, reader and writer) is called after the
    /// context's name: a family name and the class's first letter (a file per letter). The dot keeps it apart
    /// from every model's file, whose name has none.
    /// </summary>
    public static string ClassesFile(string model) => "Classes." + (model[0] is >= 'A' and <= 'Z' ? model[0] : '_');

    /// <summary>The table of a class's members its reader and writer share, and the field it is kept in once built.</summary>
    public static string MembersTable(string model) => "Members_" + model;

    public static string MembersField(string model) => "members_" + model;

    /// <summary>The field behind a root type's property.</summary>
    public static string TypeInfoField(string property) => "_" + property;
}

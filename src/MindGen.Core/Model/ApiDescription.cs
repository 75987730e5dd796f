namespace MindGen.Model;

/// <summary>
/// Everything the emitters need to know about one spec, and nothing they do not: C# names are decided,
/// references resolved, collections sorted. Records and <see cref="EquatableArray{T}"/> throughout, so the
/// generator can tell "the same model again" from a change and skip emitting.
/// </summary>
/// <param name="Namespace">The C# namespace of every generated type.</param>
/// <param name="ClientName">The client class.</param>
/// <param name="OptionsName">The client options class.</param>
/// <param name="JsonContextName">The generated <c>JsonSerializerContext</c>.</param>
/// <param name="DefaultBaseUrl">The first server URL, used when <c>HttpClient.BaseAddress</c> is null; null if the spec has no absolute one.</param>
/// <param name="Server">The first server, when it has variables the caller can set.</param>
/// <param name="SpecFileName">The spec's file name without its folder (<c>petstore.yaml</c>), which a fake names where a request breaks it.</param>
public sealed record ApiDescription(
    string Namespace,
    string ClientName,
    string OptionsName,
    string JsonContextName,
    string? Title,
    string? Description,
    string? Version,
    string? DefaultBaseUrl,
    EquatableArray<ObjectModel> Models,
    EquatableArray<EnumModel> Enums,
    EquatableArray<UnionModel> Unions,
    EquatableArray<OperationModel> Operations,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    ServerModel? Server = null,
    string SpecFileName = "");

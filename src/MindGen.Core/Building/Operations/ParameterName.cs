using MindGen.Naming;

namespace MindGen.Building.Operations;

/// <summary>
/// A method parameter's C# name from its name on the wire: camelCase, unique in the method (its locals
/// included), then escaped if it is a keyword. Uniqueness is decided on the name itself, so a part
/// <c>file</c> becomes <c>file2</c> beside the local <c>file</c>, not <c>@file</c>, which is the same name.
/// </summary>
internal static class ParameterName
{
    public static string Take(UniqueNameScope method, string wireName, string fallback) =>
        Identifier.Escape(method.Take(Identifier.ToCamelCase(wireName) is { Length: > 0 } camel ? camel : fallback));
}

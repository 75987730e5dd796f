using System.Linq;
using MindGen.Model;

namespace MindGen;

/// <summary>
/// Which part of a spec to generate (<c>IncludeTags="issues"</c> on a <c>MindGenSpec</c> item, or
/// <c>mindgen generate --include-tags issues</c>): the operations the includes select (all when there are none) minus
/// those the excludes select, and the schemas they reach plus <see cref="KeepSchemas"/> (names or globs; without any
/// selector, too, only reached schemas are generated). Each list holds the values given separated by <c>;</c>.
/// Operation ids and paths are globs: <c>*</c> within a path segment, <c>**</c> across
/// them; a path may end in <c>#GET</c> to take one method.
/// </summary>
public sealed record SpecSelection(
    EquatableArray<string> IncludeTags = default,
    EquatableArray<string> IncludeOperations = default,
    EquatableArray<string> IncludePaths = default,
    EquatableArray<string> ExcludeTags = default,
    EquatableArray<string> ExcludeOperations = default,
    EquatableArray<string> ExcludePaths = default,
    EquatableArray<string> KeepSchemas = default)
{
    /// <summary>No selection: the whole spec.</summary>
    public static SpecSelection All { get; } = new();

    /// <summary>Splits an option's value (<c>issues; pulls</c>) into its selectors, blanks left out.</summary>
    public static EquatableArray<string> Parse(string? value) =>
        (value ?? string.Empty).Split(';').Select(selector => selector.Trim()).Where(selector => selector.Length > 0).ToEquatableArray();

    public bool HasIncludes => IncludeTags.Count + IncludeOperations.Count + IncludePaths.Count > 0;

    public bool IsEmpty => !HasIncludes && ExcludeTags.Count + ExcludeOperations.Count + ExcludePaths.Count + KeepSchemas.Count == 0;
}

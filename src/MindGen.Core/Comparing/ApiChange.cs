namespace MindGen.Comparing;

/// <summary>One difference between the C# APIs generated from two versions of a spec.</summary>
/// <param name="IsBreaking">Whether code written against the old API may stop compiling or behave differently.</param>
/// <param name="Kind">What changed, as a stable kebab-case id (<c>property-removed</c>), for tools.</param>
/// <param name="Subject">The generated member it concerns (<c>Pet.Name</c>, <c>GetPetAsync</c>).</param>
/// <param name="Detail">The change in words, old and new value included where there are any.</param>
public sealed record ApiChange(bool IsBreaking, string Kind, string Subject, string Detail);

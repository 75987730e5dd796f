namespace MindGen.Generator;

/// <summary>"The spec at <paramref name="SpecPath"/> generates into <paramref name="Namespace"/>".</summary>
internal sealed record NamespaceClaim(string Namespace, string SpecPath);

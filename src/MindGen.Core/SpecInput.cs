using MindGen.Model;

namespace MindGen;

/// <summary>
/// One OpenAPI document to generate from, with the options given on its <c>MindGenSpec</c> item.
/// Equatable by value: the generator re-runs only when one of these changes.
/// </summary>
/// <param name="Path">The file's path, used in diagnostics and to derive names.</param>
/// <param name="Text">The document's text (YAML or JSON).</param>
/// <param name="Namespace">The C# namespace to generate into; derived from the spec's title when null.</param>
/// <param name="ClientName">The client class name; derived from the spec's title when null.</param>
/// <param name="ReferencedDocuments">
/// The other files its <c>$ref</c>s reach, directly or through each other, that were found; see
/// <see cref="Reading.ExternalReferences.Attach"/>. Only these, so that an edit to an unrelated file leaves the
/// input equal.
/// </param>
/// <param name="Selection">The part of the spec to generate; all of it when null.</param>
public sealed record SpecInput(
    string Path,
    string Text,
    string? Namespace = null,
    string? ClientName = null,
    EquatableArray<SpecDocument> ReferencedDocuments = default,
    SpecSelection? Selection = null);

namespace MindGen.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> schema: a class that keeps the JSON exactly as received and offers a typed
/// accessor per variant. With a discriminator, the accessors follow it; without, a variant is whatever
/// the JSON reads as.
/// </summary>
/// <param name="Name">The C# class name.</param>
/// <param name="Variants">The distinct variant types, in spec order.</param>
/// <param name="DiscriminatorProperty">The JSON member whose value names the variant, or null.</param>
public sealed record UnionModel(string Name, string? Description, EquatableArray<UnionVariantModel> Variants, string? DiscriminatorProperty);

/// <summary>One variant of a union: its type, and the discriminator values that select it.</summary>
/// <param name="AccessorName">What follows <c>From</c> and <c>TryGet</c> in its accessors' names, unique in the union.</param>
public sealed record UnionVariantModel(TypeRef Type, EquatableArray<string> DiscriminatorValues, string AccessorName);

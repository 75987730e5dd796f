using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Json;

/// <summary>
/// Where the context keeps each shape's methods (reader, writer, reader-or-null, a class's member table): in
/// nested classes (<c>JsonPart0</c>, <c>JsonPart1</c>…), the context keeping its typed properties, the fixed
/// helpers and the scalars' methods. There are two reasons, both about very many methods in one type:
/// <list type="bullet">
/// <item>Building a reference assembly (every SDK project does, <c>/refout</c>), the compiler asks of each
/// static method that is not public whether it implements an interface, by going over every member of its type:
/// GitHub's 11,000 shape methods, private on a context of 15,000 members, took 14 s of a build's CPU. In a private
/// nested class they are declared public (no wider reach: the class is private), which the compiler keeps without
/// asking.</item>
/// <item>The runtime refuses to load a type with more than 65,535 methods (Microsoft Graph v1.0 gave one context
/// 73,000), so past <see cref="ShapesPerPart"/> shapes there are more parts, each holding about that many.</item>
/// </list>
/// A shape's part is a hash of its key, and the number of parts a power of two, so a shape added to the spec moves
/// no other unless the count of parts doubles.
/// </summary>
internal sealed class JsonPartitions
{
    /// <summary>The most shapes a part holds on average: at four methods each, 24,000, far under the runtime's limit.</summary>
    public const int ShapesPerPart = 6_000;

    private const string PartPrefix = "JsonPart";

    private readonly int _count;

    public JsonPartitions(IEnumerable<TypeRef> shapes, int shapesPerPart)
    {
        int partitioned = shapes.Count(IsPartitioned);
        _count = 1;
        while (partitioned > _count * shapesPerPart)
        {
            _count *= 2;
        }

        Names = Enumerable.Range(0, _count).Select(Name).ToList();
    }

    /// <summary>The nested classes' names, for the context's other members to keep clear of.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The nested class <paramref name="shape"/>'s methods are declared in; null for the context itself.</summary>
    public string? PartOf(TypeRef shape) =>
        !IsPartitioned(shape) ? null : _count == 1 ? Names[0] : Names[(int)(StableHash.Of(TypeKey.Of(shape)) % (uint)_count)];

    /// <summary>
    /// How code calls one of <paramref name="shape"/>'s methods: from the context itself (<paramref name="fromPart"/>
    /// false) or from a part. A part reaches its own methods and the context's unqualified, so with one part only the
    /// context qualifies.
    /// </summary>
    public string Qualified(TypeRef shape, string method, bool fromPart) =>
        PartOf(shape) is { } part && (!fromPart || _count > 1) ? part + "." + method : method;

    /// <summary>The access of <paramref name="shape"/>'s methods: public in a (private) part, private on the context.</summary>
    public string Access(TypeRef shape) => PartOf(shape) is null ? "private" : "public";

    /// <summary>
    /// Writes <paramref name="items"/> with <paramref name="emit"/>, a blank line between them: those that stay on the
    /// context first, then each part's inside its nested class (partial: every file that has some declares it).
    /// </summary>
    public void EmitByPart<T>(SourceWriter writer, IEnumerable<T> items, Func<T, TypeRef> shapeOf, Action<T> emit)
    {
        bool first = true;
        foreach (IGrouping<string?, T> group in items.GroupBy(item => PartOf(shapeOf(item))).OrderBy(group => group.Key ?? string.Empty, StringComparer.Ordinal))
        {
            using (group.Key is { } part ? writer.Open($"private static partial class {part}") : (IDisposable?)null)
            {
                foreach (T item in group)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    emit(item);
                }
            }
        }
    }

    // Scalars are few and called from everywhere: they stay on the context.
    private static bool IsPartitioned(TypeRef shape) => shape is not (PrimitiveTypeRef or AnyTypeRef);

    private static string Name(int index) => PartPrefix + index.ToString(CultureInfo.InvariantCulture);
}

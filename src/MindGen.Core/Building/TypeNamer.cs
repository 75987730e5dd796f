using System;
using System.Collections.Generic;
using MindGen.Naming;

namespace MindGen.Building;

/// <summary>
/// Names the types of one namespace: the only place a type gets its name, so that schemas, inline
/// schemas and the generated plumbing (<see cref="GeneratedNames.NamespaceTypes"/>) never meet. Names compare
/// ignoring case, since they also name the generated files. docs/naming.md describes the rules.
/// </summary>
internal sealed class TypeNamer
{
    // What each kind of type declares itself: it cannot be named like one of those (CS0542), so an enum
    // for a property `value` is never `struct Value { string Value }`.
    private static readonly HashSet<string> ModelMembers = new(GeneratedNames.ModelDeclares, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EnumMembers = new(GeneratedNames.EnumMembers, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> UnionMembers = new(GeneratedNames.UnionMembers, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EventUnionMembers = new(GeneratedNames.EventUnionMembers, StringComparer.OrdinalIgnoreCase);

    private readonly UniqueNameScope _names;

    public TypeNamer(IEnumerable<string> reserved) => _names = new UniqueNameScope(StringComparer.OrdinalIgnoreCase, reserved);

    /// <summary>A component's type: its own name, or a numbered one when that is taken.</summary>
    public string Component(string name, GeneratedTypeKind kind) => _names.Take(name, MembersOf(kind));

    /// <summary>
    /// An inline schema's type: named after the place it appears (<paramref name="hint"/>), with the
    /// enclosing type's name in front when that name is taken, numbered when both are. A union is named
    /// by its <paramref name="title"/> when the spec gives one, else always with its owner's name in front:
    /// a namespace full of unions called <c>Id</c> and <c>Value</c> says nothing.
    /// </summary>
    public string Inline(TypeNameHint hint, GeneratedTypeKind kind, string? title = null)
    {
        HashSet<string> members = MembersOf(kind);
        if (kind == GeneratedTypeKind.Union)
        {
            string named = title is { Length: > 0 } && Identifier.ToPascalCase(title) is { Length: > 0 } titled ? titled : hint.Parent + hint.Name;
            return _names.Take(named, members);
        }

        bool free = !_names.IsTaken(hint.Name) && !members.Contains(hint.Name);
        return _names.Take(free || hint.Parent is null ? hint.Name : hint.Parent + hint.Name, members);
    }

    private static HashSet<string> MembersOf(GeneratedTypeKind kind) => kind switch
    {
        GeneratedTypeKind.Enum => EnumMembers,
        GeneratedTypeKind.Union => UnionMembers,
        GeneratedTypeKind.EventUnion => EventUnionMembers,
        _ => ModelMembers,
    };
}

/// <summary>The kinds of type a schema becomes.</summary>
internal enum GeneratedTypeKind
{
    Model,
    Enum,
    Union,

    /// <summary>Not a schema's: the class of a stream's named server-sent events.</summary>
    EventUnion,
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MindGen.Naming;

/// <summary>
/// Hands out names that are unique within one scope (a namespace's types, a class's members, a method's
/// parameters) by appending 2, 3… to a name already taken. Deterministic: the same requests in the same
/// order get the same names.
/// </summary>
public sealed class UniqueNameScope
{
    private readonly HashSet<string> _taken;

    /// <param name="comparer">Type names compare ignoring case, since they also name generated files.</param>
    /// <param name="reserved">Names the generated code declares in this scope itself (see <see cref="Generated.GeneratedNames"/>).</param>
    public UniqueNameScope(StringComparer comparer, IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(comparer);
        foreach (string name in reserved ?? [])
        {
            _taken.Add(name);
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="name"/>, or the first free numbered variant of it, and returns it.</summary>
    public string Take(string name) => TakeFamily(name, static stem => [stem]);

    /// <summary>Like <see cref="Take(string)"/>, but never a name in <paramref name="forbidden"/> (which stays free for others).</summary>
    public string Take(string name, ICollection<string> forbidden)
    {
        string taken = First(name, candidate => !_taken.Contains(candidate) && !forbidden.Contains(candidate));
        _taken.Add(taken);
        return taken;
    }

    /// <summary>
    /// Takes the first of <paramref name="stem"/>, stem2, stem3… whose every member of <paramref name="family"/>
    /// is free (for <c>FromX</c> and <c>TryGetX</c> together, or <c>XToken</c> and <c>XTokenProvider</c>),
    /// takes them all and returns the stem.
    /// </summary>
    public string TakeFamily(string stem, Func<string, IEnumerable<string>> family)
    {
        string chosen = First(stem, candidate => !family(candidate).Any(_taken.Contains));
        foreach (string name in family(chosen))
        {
            _taken.Add(name);
        }

        return chosen;
    }

    private static string First(string stem, Func<string, bool> isFree)
    {
        string candidate = stem;
        for (int suffix = 2; !isFree(candidate); suffix++)
        {
            candidate = stem + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

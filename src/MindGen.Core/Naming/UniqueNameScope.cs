using System;
using System.Collections.Generic;
using System.Globalization;

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
    public UniqueNameScope(StringComparer comparer) => _taken = new HashSet<string>(comparer);

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="name"/>, or the first free numbered variant of it, and returns it.</summary>
    public string Take(string name)
    {
        string candidate = name;
        for (int suffix = 2; !_taken.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

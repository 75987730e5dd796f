using System;

namespace MindGen.Naming;

/// <summary>English singulars for naming array items: <c>segments</c> → <c>segment</c>.</summary>
internal static class Inflector
{
    public static string Singularize(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + (char.IsUpper(word[word.Length - 1]) ? "Y" : "y");
        }

        // A single vowel before "ches" ends a word in "che" (caches, niches); anything else in "ch" (matches, beaches).
        if (word.EndsWith("ches", StringComparison.OrdinalIgnoreCase) && word.Length > 5 && IsVowel(word[word.Length - 5]) && !IsVowel(word[word.Length - 6]))
        {
            return word.Substring(0, word.Length - 1);
        }

        if (EndsWithAny(word, "sses", "shes", "ches", "xes") && word.Length > 4)
        {
            return word.Substring(0, word.Length - 2);
        }

        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !EndsWithAny(word, "ss", "us", "is") && word.Length > 1)
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }

    private static bool IsVowel(char letter) => "aeiouAEIOU".IndexOf(letter) >= 0;

    private static bool EndsWithAny(string word, params string[] endings)
    {
        foreach (string ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

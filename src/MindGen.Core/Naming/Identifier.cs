using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MindGen.Naming;

/// <summary>
/// Turns arbitrary spec text (property names, operationIds, titles) into C# identifiers. Only ASCII letters,
/// digits and underscores survive, so nothing from a spec can smuggle code or look-alike characters into
/// an identifier; everything else separates words.
/// </summary>
public static class Identifier
{
    /// <summary>
    /// Each word's first letter upper-cased, the rest kept: <c>closingDateForSLA</c> → <c>ClosingDateForSLA</c>,
    /// <c>user_id</c> → <c>UserId</c>. A leading digit gets an underscore. Empty when nothing usable is left.
    /// </summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (string word in SplitWords(text))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return EnsureValidStart(builder.ToString());
    }

    /// <summary>PascalCase with the first word lower-cased, for parameters and locals; see <see cref="Escape"/>.</summary>
    public static string ToCamelCase(string text)
    {
        string pascal = ToPascalCase(text);
        if (pascal.Length == 0 || pascal[0] == '_')
        {
            return pascal;
        }

        int upperRun = 0;
        while (upperRun < pascal.Length && char.IsUpper(pascal[upperRun]))
        {
            upperRun++;
        }

        // "ID" → "id", "URLPath" → "urlPath", "Name" → "name".
        int lower = upperRun == pascal.Length || upperRun <= 1 ? upperRun : upperRun - 1;
        lower = Math.Max(lower, 1);
        return pascal.Substring(0, lower).ToLowerInvariant() + pascal.Substring(lower);
    }

    /// <summary>
    /// The identifier as it must be written: with <c>@</c> when it is a keyword, contextual ones included
    /// (<c>@class</c>, <c>@await</c>, <c>@value</c>). Escape after making a name unique, never before: <c>@file</c>
    /// and <c>file</c> are one name to the compiler.
    /// </summary>
    public static string Escape(string identifier) =>
        CSharpKeywords.IsReserved(identifier) || CSharpKeywords.IsContextual(identifier) ? "@" + identifier : identifier;

    /// <summary>
    /// A title such as "enneo.MIND API" as a name: words in PascalCase, all-capital words longer than two
    /// letters tamed (<c>MIND</c> → <c>Mind</c>) since they read as shouting, not acronyms, in type names.
    /// </summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder();
        foreach (string word in SplitWords(title))
        {
            bool allUpper = word.Length > 2 && word.ToUpperInvariant() == word;
            string tamed = allUpper ? word.Substring(0, 1) + word.Substring(1).ToLowerInvariant() : word;
            builder.Append(char.ToUpperInvariant(tamed[0])).Append(tamed, 1, tamed.Length - 1);
        }

        return EnsureValidStart(builder.ToString());
    }

    /// <summary>Whether <paramref name="text"/> is usable as written: ASCII, not a keyword.</summary>
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || CSharpKeywords.IsReserved(text) || !(IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> is a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string text)
    {
        foreach (string part in text.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        text = StripAccents(text);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool partOfWord = i < text.Length && (IsAsciiLetter(text[i]) || IsAsciiDigit(text[i]));
            if (partOfWord && start < 0)
            {
                start = i;
            }
            else if (!partOfWord && start >= 0)
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }
        }
    }

    // "ünïcödé" reads better as "unicode" than as "ncd": decompose and drop the combining marks.
    private static string StripAccents(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string EnsureValidStart(string identifier) =>
        identifier.Length > 0 && IsAsciiDigit(identifier[0]) ? "_" + identifier : identifier;

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}

using System.Globalization;
using MindGen.Naming;

namespace MindGen.Emit;

/// <summary>One generated source file: its hint name (unique, stable, short enough for any file system) and its text.</summary>
public sealed record GeneratedFile
{
    /// <summary>
    /// The longest hint name kept as it is. A name is also a file name (<c>mindgen generate</c>, a build's
    /// <c>EmitCompilerGeneratedFiles</c>), which most file systems cap at 255 bytes and Windows paths at 260
    /// characters; Microsoft Graph beta has type names of over 250.
    /// </summary>
    public const int MaxHintNameLength = 150;

    private const string Extension = ".g.cs";

    /// <param name="hintName">The file's name; a longer one than <see cref="MaxHintNameLength"/> keeps its start and
    /// gets a hash of the whole name, so it stays unique and the same from run to run.</param>
    /// <param name="text">The C# it holds.</param>
    public GeneratedFile(string hintName, string text)
    {
        HintName = Bounded(hintName);
        Text = text;
    }

    public string HintName { get; }

    public string Text { get; }

    private static string Bounded(string hintName)
    {
        if (hintName.Length <= MaxHintNameLength)
        {
            return hintName;
        }

        string hash = "." + StableHash.Of(hintName).ToString("x8", CultureInfo.InvariantCulture);
        return hintName.Substring(0, MaxHintNameLength - hash.Length - Extension.Length) + hash + Extension;
    }
}

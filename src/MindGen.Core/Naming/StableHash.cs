namespace MindGen.Naming;

/// <summary>
/// FNV-1a over a string's UTF-16 code units: the same value on every machine and in every run, which
/// <c>string.GetHashCode</c> (randomized per process) is not, so generated output that depends on it is stable.
/// </summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        uint hash = 2166136261;
        foreach (char character in text)
        {
            hash = (hash ^ character) * 16777619;
        }

        return hash;
    }
}

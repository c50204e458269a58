using System.Text;

namespace ReportMiner.Extraction.Places;

/// <summary>Traditional (and Hong Kong / Taiwan variant) characters to simplified, one character at a time.</summary>
/// <remarks>The table is data (Places/Data/traditional-simplified.tsv, from OpenCC); a character-level map is
/// enough for place names, indicator names and amounts, which is what reports need matched.</remarks>
public static class ChineseScript
{
    // One slot per UTF-16 code unit (128 KB, '\0' where a character stays): every text the rules read is looked up a
    // character at a time, and indexing an array costs a fraction of hashing the character.
    private static readonly Lazy<char[]> Map = new(Load);

    public static string ToSimplified(string text)
    {
        var map = Map.Value;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var simplified = map[text[i]];
            if (simplified == '\0') continue;
            builder ??= new StringBuilder(text);
            builder[i] = simplified;
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>Whether the table gives the character a simplified form.</summary>
    internal static bool Changes(char c) => Map.Value[c] != '\0';

    private static char[] Load()
    {
        var map = new char[char.MaxValue + 1];
        foreach (var line in EmbeddedData.Lines("Places.Data.traditional-simplified.tsv"))
        {
            var parts = line.Split('\t');
            // Characters outside the Basic Multilingual Plane are left alone: report text does not use them.
            if (parts.Length == 2 && parts[0].Length == 1 && parts[1].Length == 1) map[parts[0][0]] = parts[1][0];
        }
        return map;
    }
}

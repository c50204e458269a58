using System.Collections.Frozen;
using System.Text;

namespace ReportMiner.Extraction.Places;

/// <summary>Traditional (and Hong Kong / Taiwan variant) characters to simplified, one character at a time.</summary>
/// <remarks>The table is data (Places/Data/traditional-simplified.tsv, from OpenCC); a character-level map is
/// enough for place names, indicator names and amounts, which is what reports need matched.</remarks>
public static class ChineseScript
{
    private static readonly Lazy<FrozenDictionary<char, char>> Map = new(Load);

    public static string ToSimplified(string text)
    {
        var map = Map.Value;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!map.TryGetValue(text[i], out var simplified)) continue;
            builder ??= new StringBuilder(text);
            builder[i] = simplified;
        }
        return builder?.ToString() ?? text;
    }

    private static FrozenDictionary<char, char> Load()
    {
        var map = new Dictionary<char, char>();
        foreach (var line in EmbeddedData.Lines("Places.Data.traditional-simplified.tsv"))
        {
            var parts = line.Split('\t');
            // Characters outside the Basic Multilingual Plane are left alone: report text does not use them.
            if (parts.Length == 2 && parts[0].Length == 1 && parts[1].Length == 1) map[parts[0][0]] = parts[1][0];
        }
        return map.ToFrozenDictionary();
    }
}

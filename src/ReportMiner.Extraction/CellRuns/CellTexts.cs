using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>What a rebuilt block's cells hold, whether they stood one per line or spaced apart on one line.</summary>
internal static partial class CellTexts
{
    /// <summary>A figure: 130, 1,234.5, -3, 100%, 57万元.</summary>
    public static bool IsFigure(string text) => Figure().IsMatch(TextKey.Of(text));

    /// <summary>A mark written in an empty cell: /, -, —, \.</summary>
    public static bool IsFiller(string text) => Filler().IsMatch(TextKey.Of(text));

    /// <summary>A short bracketed note of a key: (万元), (20分).</summary>
    public static bool IsNote(string key) => Note().IsMatch(key);

    /// <summary>
    /// The spaced cells of a plain line, or null where the line cannot be one: a table row, a line with tabs (a real
    /// table's row), a text longer than <paramref name="longestLine"/>, a line without a space between words.
    /// </summary>
    public static List<string>? SpacedCellsOf(DocItem item, int longestLine) =>
        item.IsRow || item.Text.Contains('\t') || item.Text.Length > longestLine || !item.Text.Trim().Contains(' ') && !item.Text.Contains('\u3000')
            ? null : SpacedCells.Of(item.Text);

    [GeneratedRegex(@"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|万元|元|亿元)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:/|-|—|——|－|\\)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^[（(][^（()）]{1,12}[)）]$")]
    private static partial Regex Note();
}

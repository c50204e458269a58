using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A header row printed again inside its table (a page break of a form whose header repeats) where the header was
/// not read from its words but from the rows (its points cell written as a figure, "… | 实际完成指标值 | 50"): a row of
/// column words, with at most bare figures beside them, is no indicator.
/// </summary>
internal static partial class RepeatedHeaderRow
{
    /// <summary>Fewest cells that are column words: a name, a target and its level columns.</summary>
    private const int FewestWords = 3;

    public static bool Is(IReadOnlyList<string> cells)
    {
        var words = 0;
        foreach (var cell in cells)
        {
            var key = TextKey.Of(cell);
            if (key.Length == 0) continue;
            if (IndicatorFramework.IsLevelLabel(cell)) return false;
            if (HeaderSemantics.RoleOf(cell) != ColumnRole.None) words++;
            else if (!IsBareFigure(key)) return false;
        }
        return words >= FewestWords;
    }

    /// <summary>True for the header word of a numbered level column (一级指标, 二级指标, 三级指标), which no level is called.</summary>
    public static bool IsColumnWord(string? cell) => cell is not null && NumberedLevelWord().IsMatch(TextKey.Of(cell));

    [GeneratedRegex(@"^[一二三四][级級]指[标標]$")]
    private static partial Regex NumberedLevelWord();

    private static bool IsBareFigure(string key) => key.All(ch => char.IsAsciiDigit(ch) || ch == '.');
}

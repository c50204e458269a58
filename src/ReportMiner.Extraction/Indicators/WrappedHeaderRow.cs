using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A header row whose words wrapped onto a second row ("一级 | … | 年度指 | 实际完成 | 50" / "指标 | … | 标值 | 指标值 | "),
/// where the first row holds a cell that is no word (the points a column is scored on, written over it): the two rows
/// are read as one, so the header is read as it is when it is written on one line.
/// </summary>
internal static class WrappedHeaderRow
{
    /// <summary>Fewest roles the joined row names more than the first row alone.</summary>
    private const int FewestNewRoles = 2;

    /// <summary>The header row at <paramref name="at"/> with the rest of its words from the row below joined into its
    /// cells, or null when the row below is no such rest (or the row reads as header words without it).</summary>
    public static DocItem? Join(List<DocItem> rows, int at)
    {
        var top = rows[at];
        if (at + 1 >= rows.Count || HeaderSemantics.IsLabelRow(top.Cells) || HeaderSemantics.IsWrappedRest(top.Cells) || !WordsAndPoints(top.Cells)) return null;
        var below = rows[at + 1];
        if (below.Table != top.Table || below.Row != top.Row + 1 || !HeaderSemantics.IsWrappedRest(below.Cells)) return null;
        var cells = top.Cells.ToArray();
        for (var c = 0; c < below.Cells.Count; c++)
        {
            var rest = below.Cells[c].Trim();
            if (rest.Length == 0 || rest == cells[Math.Min(c, cells.Length - 1)].Trim()) continue;
            if (c >= cells.Length || TextKey.Of(cells[c]).Length == 0) return null;
            cells[c] = cells[c].Trim() + rest;
        }
        if (Named(cells) < Named(top.Cells) + FewestNewRoles) return null;
        return top with { Cells = cells, Text = string.Join('\t', cells), Original = top.Original + "\n" + below.Original };
    }

    /// <summary>Short words without figures, and at most one cell of bare points: no row of values.</summary>
    private static bool WordsAndPoints(IReadOnlyList<string> cells)
    {
        var keys = cells.Select(TextKey.Of).Where(k => k.Length > 0).ToList();
        var points = keys.Count(k => k.All(char.IsAsciiDigit));
        return points <= 1 && keys.Count >= FewestNewRoles + 1
               && keys.All(k => k.All(char.IsAsciiDigit) || k.Length <= LongestWord && !k.Any(char.IsAsciiDigit) && !IndicatorFramework.IsLevelLabel(k));
    }

    private const int LongestWord = 12;

    private static int Named(IReadOnlyList<string> cells) => cells.Count(c => HeaderSemantics.RoleOf(c) != ColumnRole.None);
}

using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A project's text as lines for <see cref="ColumnWiseIndicatorRule"/>: a table row or a paragraph each, except that a
/// paragraph holding a run of value rows written one after another ("… 分值 得分 =100% 100% 10 10 ≥90% 95% 10 9 100
/// 98 率 产出指标 …", a whole form flattened into one line) is cut into the words before the run, one line per value
/// row, the total's figures, and the words after.
/// </summary>
internal static class ColumnWiseLines
{
    private const double MostPoints = 100;
    private const int ValueRowWidth = 4;
    private const int FewestRows = 2;
    private const int MostTotalFigures = 3;

    /// <summary>One line: its cells (spaced pieces joined as <see cref="SpacedCells"/> does) and its words as written.</summary>
    public sealed record Line(DocItem Item, List<string> Cells, List<string> Words);

    /// <summary>The cells of one indicator's values standing alone: target, actual, points and score.</summary>
    public sealed record ValueRow(string Target, string Actual, double Weight, double Score);

    public static List<Line> Of(IEnumerable<DocItem> items)
    {
        var lines = new List<Line>();
        foreach (var item in items)
        {
            if (item.IsRow)
            {
                var cells = item.Cells.Where(c => c.Trim().Length > 0).ToList();
                lines.Add(new Line(item, cells, cells));
                continue;
            }
            var words = item.Text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries).ToList();
            // A line holding several forms (a site's copy of a whole file) does not say whose values its run holds.
            if (RunInside(words) is not { } run || words.Count(w => HeaderSemantics.RoleOf(w) == ColumnRole.Level1) > 1)
            {
                lines.Add(new Line(item, SpacedCells.Of(item.Text), words));
                continue;
            }
            var (start, count) = run;
            var end = start + count * ValueRowWidth;
            var total = end;
            while (total < words.Count && total - end < MostTotalFigures && CellKinds.IsNumber(words[total])) total++;
            foreach (var part in new[] { words[..start] }
                         .Concat(Enumerable.Range(0, count).Select(r => words.GetRange(start + r * ValueRowWidth, ValueRowWidth)))
                         .Append(words[end..total]).Append(words[total..]))
                if (part.Count > 0) lines.Add(new Line(item, part, part));
        }
        return lines;
    }

    public static ValueRow? ValueRowOf(IReadOnlyList<string> cells)
    {
        if (cells.Count != ValueRowWidth || !IsValueCell(cells[0]) || !IsValueCell(cells[1])) return null;
        return IndicatorValues.Number(cells[2]) is { } weight && IndicatorValues.Number(cells[3]) is { } score
               && weight is > 0 and <= MostPoints && score >= 0 && score <= weight
            ? new ValueRow(cells[0], cells[1], weight, score) : null;
    }

    /// <summary>
    /// True when most of the rows write a target or actual with a unit, sign or word (≥95%, 75元, 及时): rows of bare
    /// figures are as likely a money table's (预算数, 执行数, 分值, 得分) as an indicator table's.
    /// </summary>
    public static bool IsMeasured(IReadOnlyList<ValueRow> rows) =>
        rows.Count(r => !CellKinds.IsNumber(r.Target) || !CellKinds.IsNumber(r.Actual)) * 2 >= rows.Count;

    private static bool IsValueCell(string cell) =>
        CellKinds.IsValue(cell) && !IndicatorFramework.IsLevelLabel(cell) && HeaderSemantics.RoleOf(cell) == ColumnRole.None
        && IndicatorFooters.OfText(cell) is null;

    /// <summary>The first run of two or more value rows inside a paragraph's words, with other words around it.</summary>
    private static (int Start, int Count)? RunInside(List<string> words)
    {
        for (var i = 0; i + ValueRowWidth * FewestRows <= words.Count; i++)
        {
            var count = 0;
            var points = 0.0;
            while (i + (count + 1) * ValueRowWidth <= words.Count
                   && ValueRowOf(words.GetRange(i + count * ValueRowWidth, ValueRowWidth)) is { } row)
            {
                points += row.Weight;
                count++;
            }
            if (count >= FewestRows && points <= MostPoints && count * ValueRowWidth < words.Count
                && IsMeasured(Enumerable.Range(0, count).Select(r => ValueRowOf(words.GetRange(i + r * ValueRowWidth, ValueRowWidth))!).ToList()))
                return (i, count);
        }
        return null;
    }
}

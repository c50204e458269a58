using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The form's score cells when the form lost its grid: written with spaces between cells ("主管部门 X局 自评得分 98") or
/// one cell per line ("自评得分" / "98", "总分" / "100" / "99"), as web pages and document-sharing sites give them. A
/// score label (自评得分, 自评总分(分), 项目总得分) takes the figure cell right after it, as the form's row does; a total
/// label (总分, 总得分, 综合得分) the second of exactly two figures after it (the full points, then the score), as the
/// form's total row does. A line that names table columns (分值, 权重, 指标 …) is a header, not such a pair.
/// </summary>
internal static class SpacedScoreCells
{
    private const int MostFiguresAfterTotal = 2;

    public static (double Value, DocItem Item)? Find(
        IReadOnlyList<DocItem> items, Func<string, bool> isScoreLabel, Func<string, bool> isTotalLabel,
        Func<string, bool> isColumnHeading, Func<string, double?> figure)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsRow) continue;
            var cells = Cells(items[i]);
            if (cells.Any(isColumnHeading)) continue;
            for (var c = 0; c < cells.Count; c++)
            {
                var key = TextKey.Of(cells[c]).TrimEnd(':', '：');
                var score = isScoreLabel(key);
                var total = isTotalLabel(key);
                if (!score && !total) continue;
                if (c + 1 == cells.Count && !IsLoneCellLabel(items, i, isColumnHeading)) continue;
                var figures = Following(items, i, cells, c).TakeWhile(f => figure(f) is not null).Take(MostFiguresAfterTotal + 1).ToList();
                var value = total && figures.Count == MostFiguresAfterTotal ? figure(figures[1])
                    : score && figures.Count > 0 ? figure(figures[0]) : null;
                if (value is { } v) return (v, items[i]);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a label that ends its line is a form cell whose figure is on the line below: not a report's numbered
    /// heading ("(一)自评得分", "（三）自评得分", whose next line may be a page number), and not one of a table's column
    /// headings written one per line ("序号" / "子项目名称" / "自评得分", whose next line is the first row's 序号). In a
    /// form the line above a label is the previous label's value.
    /// </summary>
    private static bool IsLoneCellLabel(IReadOnlyList<DocItem> items, int at, Func<string, bool> isColumnHeading) =>
        !GoalStatementLists.OpensNumbered(TextKey.Of(items[at].Text))
        && !(at > 0 && !items[at - 1].IsRow && Cells(items[at - 1]) is [var above] && IsColumnWord(TextKey.Of(above), isColumnHeading));

    /// <summary>A heading cell alone ("序号", "子项目名称", "分值"), not a label joined to its value ("项目名称：初中公用经费").</summary>
    private static bool IsColumnWord(string key, Func<string, bool> isColumnHeading) =>
        key.IndexOfAny([':', '：']) < 0 && (key == "序号" || key.EndsWith("名称", StringComparison.Ordinal) || isColumnHeading(key));

    /// <summary>The cells after the label: the rest of its line, or, for the line's last cell, the lines below that are one cell each.</summary>
    private static IEnumerable<string> Following(IReadOnlyList<DocItem> items, int at, List<string> cells, int c)
    {
        if (c + 1 < cells.Count)
        {
            foreach (var cell in cells.Skip(c + 1)) yield return cell;
            yield break;
        }
        for (var k = at + 1; k < items.Count && !items[k].IsRow && Cells(items[k]) is [var only]; k++) yield return only;
    }

    private static List<string> Cells(DocItem item) =>
        item.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
}

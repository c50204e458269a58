using System.Globalization;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The form's score cells when the form lost its grid: written with spaces between cells ("主管部门 X局 自评得分 98") or
/// one cell per line ("自评得分" / "98", "总分" / "100" / "99"), as web pages and document-sharing sites give them. A
/// score label (自评得分, 自评总分(分), 项目总得分) takes the figure cell right after it, as the form's row does; a total
/// label (总分) the second of exactly two figures after it (the full points, then the score). A line that names table
/// columns (分值, 权重, 指标 …) is a header, not such a pair.
/// </summary>
internal static class SpacedScoreCells
{
    private const int MostFiguresAfterTotal = 2;

    public static (double Value, DocItem Item)? Find(
        IReadOnlyList<DocItem> items, Func<string, bool> isScoreLabel, Func<string, bool> isTotalLabel, Func<string, bool> isColumnHeading)
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
                if (!score && !isTotalLabel(key)) continue;
                var figures = Following(items, i, cells, c).TakeWhile(f => Figure(f) is not null).Take(MostFiguresAfterTotal + 1).ToList();
                var value = score ? (figures.Count > 0 ? Figure(figures[0]) : null)
                    : figures.Count == MostFiguresAfterTotal ? Figure(figures[1]) : null;
                if (value is { } v) return (v, items[i]);
            }
        }
        return null;
    }

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

    private const double MaxScore = 100;

    private static double? Figure(string cell) =>
        TextKey.Of(cell).TrimEnd('分') is { Length: > 0 } number && number.All(ch => char.IsAsciiDigit(ch) || ch == '.')
        && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value <= MaxScore ? value : null;
}

using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A form's money field whose cells a page stored on one line apart by spaces: a money label and its one figure
/// ("资金情况(万元) 资金总额 10", "项目资金 年度资金总额: 200", "项目总预算 65 财政资金预算分类 一般公共预算"), the
/// label's cell and the figure's cell of a target form's or self-evaluation form's row. The line stays as written for
/// the other rules; after it the label and its figure (with a cell before them that declares a unit) stand as a row,
/// as a table export would give them. Only a short line of short cells without sentence punctuation, and only where
/// the figure stands alone: a label followed by a run of figures is a budget block's row, whose columns only its header
/// names (<see cref="SpacedMoneyRows"/>).
/// </summary>
internal static class SpacedLabelAmountRows
{
    private const int LongestLine = 80;
    private const int LongestCell = 16;
    private const int MaxCells = 8;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.SpacedLabelAmountRows);
        foreach (var item in items)
        {
            result.Add(item);
            if (RowOf(item) is { } row) result.AddRange(tables.Next([(item, row)]));
        }
        return result;
    }

    private static string[]? RowOf(DocItem item)
    {
        if (CellTexts.SpacedCellsOf(item, LongestLine) is not { Count: >= 2 and <= MaxCells } cells) return null;
        if (cells.Any(c => c.Length > LongestCell || c.IndexOfAny(SentenceMarks) >= 0)) return null;
        // A spaced indicator row ("成本指标 项目总预算 65万元") is the indicator table's, not the form's money field.
        if (IndicatorFramework.IsLevelLabel(cells[0])) return null;
        for (var c = 0; c + 1 < cells.Count; c++)
        {
            var role = MoneyLabels.Of(cells[c]);
            if (role == MoneyRole.None || CellTexts.IsFigure(cells[c])) continue;
            if (!CellTexts.IsFigure(cells[c + 1]) || IsPercent(cells[c + 1]) != (role == MoneyRole.ExecutionRate)) continue;
            // "项目总预算 650000 元": a unit the page spaced off its figure is the figure's, as "650000元" would be.
            var figure = c + 2 < cells.Count && IsBareUnit(cells[c + 2]) ? cells[c + 1] + cells[c + 2] : cells[c + 1];
            var next = c + (figure.Length > cells[c + 1].Length ? 3 : 2);
            if (next < cells.Count && (CellTexts.IsFigure(cells[next]) || CellTexts.IsFiller(cells[next]))) return null;
            var unitCell = cells.Take(c).LastOrDefault(t => MoneyUnitDetector.FromHeader(t) is not null);
            // A line of the label and its figure alone is also what a page writing one cell per line gives
            // ("年度资金总额: 75"): there the figure is read only in a unit the page declares (MoneyCellRows), and so here.
            if (cells.Count == 2 && unitCell is null && !DeclaresUnit(cells[c]) && !DeclaresUnit(figure)) return null;
            return unitCell is null ? [cells[c], figure] : [unitCell, cells[c], figure];
        }
        return null;
    }

    /// <summary>A rate is written with its percent sign; an amount without one ("预算执行率 10" is a score sheet's weight).</summary>
    private static bool IsPercent(string figure) => TextKey.Of(figure).EndsWith('%');

    private static bool IsBareUnit(string cell) => TextKey.Of(cell) is "元" or "万元" or "亿元";

    private static bool DeclaresUnit(string cell) => MoneyUnitDetector.FromHeader(cell) is not null || TextKey.Of(cell).EndsWith('元');

    private static readonly char[] SentenceMarks = ['，', '。', '；', ',', ';'];
}

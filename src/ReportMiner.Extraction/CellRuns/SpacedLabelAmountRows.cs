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
            if (RowsOf(item) is { Count: > 0 } rows) result.AddRange(tables.Next(rows.Select(r => (item, r)).ToList()));
        }
        return result;
    }

    /// <remarks>
    /// A line may hold two fields ("转移支付预算数(A) 5.8万 预算执行率(B/A) 100%"): each label and its figure is a row.
    /// </remarks>
    private static List<string[]>? RowsOf(DocItem item)
    {
        if (CellTexts.SpacedCellsOf(item, LongestLine) is not { Count: >= 2 and <= MaxCells } cells) return null;
        if (cells.Any(c => c.Length > LongestCell || c.IndexOfAny(SentenceMarks) >= 0)) return null;
        // A spaced indicator row ("成本指标 项目总预算 65万元") is the indicator table's, not the form's money field.
        if (IndicatorFramework.IsLevelLabel(cells[0])) return null;
        var rows = new List<string[]>();
        for (var c = 0; c + 1 < cells.Count; c++)
        {
            var role = MoneyLabels.Of(cells[c]);
            if (role == MoneyRole.None || CellTexts.IsFigure(cells[c])) continue;
            // "转移支付执行数(B) 5.8万": a form's filler writes 万 for 万元 in a money cell, as in table cells ("150万") and
            // prose ("执行数29.6万"), which are read so (R040, R288, R250); a spaced line is no different (R398's dump).
            var amount = CellTexts.InTenThousands(cells[c + 1]) ? cells[c + 1] + "元" : cells[c + 1];
            if (!CellTexts.IsFigure(amount) || IsPercent(amount) != (role == MoneyRole.ExecutionRate)) continue;
            // "项目总预算 650000 元": a unit the page spaced off its figure is the figure's, as "650000元" would be.
            var figure = c + 2 < cells.Count && IsBareUnit(cells[c + 2]) ? amount + cells[c + 2] : amount;
            var next = c + (figure.Length > amount.Length ? 3 : 2);
            // A run of figures after a later label is a budget block's row: the fields before it stay.
            if (next < cells.Count && (CellTexts.IsFigure(cells[next]) || CellTexts.IsFiller(cells[next]))) return rows;
            var unitCell = cells.Take(c).LastOrDefault(t => MoneyUnitDetector.FromHeader(t) is not null);
            // A line of the label and its figure alone is also what a page writing one cell per line gives
            // ("年度资金总额: 75"): there, as here, such a line is read only in a unit the page declares (MoneyCellRows;
            // a department's budget parts are written so, R024). Only the label's cell over its figure's cell on the next
            // line ("年度资金总额:" / "75") is read with no unit.
            if (cells.Count == 2 && unitCell is null && !DeclaresUnit(cells[c]) && !DeclaresUnit(figure)) return null;
            rows.Add(unitCell is null ? [cells[c], figure] : [unitCell, cells[c], figure]);
            c = next - 1;
        }
        return rows;
    }

    /// <summary>A rate is written with its percent sign; an amount without one ("预算执行率 10" is a score sheet's weight).</summary>
    private static bool IsPercent(string figure) => TextKey.Of(figure).EndsWith('%');

    private static bool IsBareUnit(string cell) => TextKey.Of(cell) is "元" or "万元" or "亿元";

    private static bool DeclaresUnit(string cell) => MoneyUnitDetector.FromHeader(cell) is not null || TextKey.Of(cell).EndsWith('元');

    private static readonly char[] SentenceMarks = ['，', '。', '；', ',', ';'];
}

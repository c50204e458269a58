using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// Budget, actual spending and execution rate from tables: a label cell with its value to the right
/// ("项目当年预算(元): 55070152"), a "label：value" cell, or a header column read in the total row below it
/// ("实际支出资金(万元)" over 38.25). Units come from the label, the table's declared unit, or the value itself.
/// </summary>
public sealed partial class MoneyTableRule : IExtractionRule
{
    private const int RowsBelowHeader = 4;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var section = context.ItemsOf(project).ToList();
            var indicatorRows = new IndicatorRegions(section);
            var columnHeaders = new MoneyColumns();
            foreach (var item in section.Where(i => i.IsRow && !indicatorRows.Contains(i)))
            {
                var roles = item.Cells.Select((cell, c) => c > 0 && item.Cells[c - 1] == cell ? MoneyRole.None : MoneyLabels.Of(cell)).ToArray();
                // A row naming two or more money columns and no figure is a header: its figures are in the rows below.
                if (IsMoneyHeader(item, roles))
                {
                    columnHeaders.Add(item, roles);
                    ReadBelow(context, project, item, roles);
                    continue;
                }
                for (var c = 0; c < item.Cells.Count; c++)
                {
                    if (roles[c] == MoneyRole.None) continue;
                    var unit = UnitOf(item, c, context);
                    if (ReadInline(project, item, c, roles[c], unit)) continue;
                    if (!columnHeaders.Covers(item, c + 1)) ReadRight(project, item, c, roles[c], unit);
                }
            }
        }
    }

    /// <remarks>
    /// A target form's columns of last year's money count toward the two ("项目 | 上年度预算安排 | 上年度实际执行 |
    /// 本年度申请金额" over 合计 | 21.62 | 20.5 | 30): this year's budget is then read in its own column of the 合计 row,
    /// not from the cell to its right.
    /// </remarks>
    private static bool IsMoneyHeader(DocItem row, MoneyRole[] roles)
    {
        var named = roles.Count(r => r != MoneyRole.None);
        if (named == 0 || row.Cells.Any(HoldsFigure)) return false;
        var otherYears = row.Cells.Where((cell, c) => roles[c] == MoneyRole.None && (c == 0 || row.Cells[c - 1] != cell))
            .Count(MoneyLabels.NamesOtherYearMoney);
        return named + otherYears >= 2;
    }

    /// <summary>"预算执行率：94.48%" in one cell.</summary>
    private static bool ReadInline(ProjectDraft project, DocItem item, int column, MoneyRole role, MoneyUnit? unit)
    {
        var cell = item.Cells[column];
        var colon = cell.IndexOfAny([':', '：']);
        if (colon <= 0 || colon == cell.Length - 1) return false;
        var value = cell[(colon + 1)..].Trim();
        return MoneyAssignment.Assign(project, role, value, unit ?? UndeclaredUnit.Guess(value), item.Source());
    }

    /// <remarks>"资金总额及构成 | 总额 | 10606.7522万元": one short sub-label may stand between the label and its figure.</remarks>
    private static bool ReadRight(ProjectDraft project, DocItem item, int column, MoneyRole role, MoneyUnit? unit)
    {
        var right = item.Cells.Skip(column + 1).Where(t => t.Trim().Length > 0 && t != item.Cells[column]).Take(2).ToList();
        if (right.Count == 0) return false;
        var value = right.Count == 2 && !HoldsFigure(right[0]) && TextKey.Of(right[0]).Length <= SubLabelLength && HoldsFigure(right[1]) ? right[1] : right[0];
        return MoneyAssignment.Assign(project, role, value, unit ?? UndeclaredUnit.Guess(value), item.Source());
    }

    private const int SubLabelLength = 4;

    /// <summary>
    /// Each money column of a header row from its total row below. A total row whose figures are all zero
    /// (年度资金总额 left unfilled above its 其中 rows) gives way to the sum of the component rows, column by column.
    /// </summary>
    private static void ReadBelow(ExtractionContext context, ProjectDraft project, DocItem header, MoneyRole[] roles)
    {
        var columns = Enumerable.Range(0, roles.Length).Where(c => roles[c] != MoneyRole.None).ToArray();
        var below = context.Items.Skip(header.Index + 1).Take(RowsBelowHeader).TakeWhile(i => i.Table == header.Table)
            .Where(row => !ColumnNumbering.IsNumberingRow(row.Cells))
            .Select(row => Aligned(header, LabelledUnderBareHeader(header, row, columns[0]), columns[0])).ToList();
        var alignment = new ContentAlignment(header, roles, below);
        below = below.Select(row => alignment.Align(row, r => Consistent(r, roles)) ?? row).ToList();
        var total = below.FirstOrDefault(r => columns.Any(c => Filled(r, c)));
        if (total is null) return;
        if (RightAligned(header, total, roles) is { } consistent) below[below.IndexOf(total)] = total = consistent;
        if (IsZeroRow(total, columns, roles))
        {
            var parts = below.Skip(below.IndexOf(total) + 1).ToList();
            foreach (var c in columns) AssignSum(project, parts, c, roles[c], UnitOf(header, c, context));
            return;
        }
        foreach (var c in columns)
        {
            var unit = UnitOf(header, c, context);
            foreach (var row in below.Where(r => Filled(r, c)))
            {
                var value = roles[c] == MoneyRole.ExecutionRate ? BareRate.Read(row.Cells, roles, c) ?? row.Cells[c] : row.Cells[c];
                if (MoneyAssignment.Assign(project, roles[c], value, unit ?? UndeclaredUnit.Guess(value), row.Source())) break;
            }
        }
    }

    /// <summary>
    /// A row read under the header's columns. Where the header's label spans an empty cell the row does not
    /// repeat ("项目资金(万元) | ∅ | 年初预算数 …" over "年度资金总额 | 150 …"), its figures start one column early:
    /// the row is shifted so its first figure stands under the first money column.
    /// </summary>
    private static DocItem Aligned(DocItem header, DocItem row, int firstMoneyColumn)
    {
        var firstFigure = Enumerable.Range(0, row.Cells.Count).FirstOrDefault(c => HoldsFigure(row.Cells[c]), -1);
        if (firstFigure <= 0 || firstFigure >= firstMoneyColumn) return row;
        if (Enumerable.Range(firstFigure, firstMoneyColumn - firstFigure).Any(c => header.Cells[c].Trim().Length > 0)) return row;
        var shift = firstMoneyColumn - firstFigure;
        var cells = row.Cells.Take(firstFigure).Concat(Enumerable.Repeat(string.Empty, shift)).Concat(row.Cells.Skip(firstFigure)).ToArray();
        return row with { Cells = cells };
    }

    /// <summary>
    /// A row read under a header that has no label column: the header's first cell is already a money column
    /// ("全年预算数(A) | 全年执行数(B) | 预算执行率" over "年度资金总额: | 808.1 | 692.98 | 86%"; "年初预算资金总额(万元) |
    /// 实际投入资金额(万元) | 产生差异的原因" over "合计 | 1304.23 | 2951.55 | 项目经费增加"), because a text export wrote the
    /// form's merged side label (资金投入情况(万元)) on a line of its own. The row holds one filled cell more than the header,
    /// a label before its first figure: without that label its cells stand under the header's columns.
    /// </summary>
    private static DocItem LabelledUnderBareHeader(DocItem header, DocItem row, int firstMoneyColumn)
    {
        if (firstMoneyColumn != 0 || row.Cells.Count < 2) return row;
        if (row.Cells[0].Trim().Length == 0 || HoldsFigure(row.Cells[0]) || !HoldsFigure(row.Cells[1])) return row;
        if (LastFilled(row) != LastFilled(header) + 1) return row;
        return row with { Cells = [.. row.Cells.Skip(1), string.Empty] };
    }

    /// <summary>
    /// A row that lost an empty cell (年初预算数 left blank: "年度资金总额 | 32.4 | 31.69 | 10 | 97.80% | 9" under seven
    /// headings) read from its right end instead, when only that reading agrees with itself: the spending over the
    /// budget gives the printed execution rate. Null when the row is whole or the right-end reading does not check.
    /// </summary>
    private static DocItem? RightAligned(DocItem header, DocItem row, MoneyRole[] roles)
    {
        // The table's grid pads short rows with empty cells: compare where the filled cells end.
        var missing = LastFilled(header) - LastFilled(row);
        if (missing <= 0 || Consistent(row, roles) == true) return null;
        var shifted = row with { Cells = row.Cells.Take(1).Concat(Enumerable.Repeat(string.Empty, missing)).Concat(row.Cells.Skip(1)).ToArray() };
        return Consistent(shifted, roles) == true ? shifted : null;
    }

    private static int LastFilled(DocItem row) => ContentAlignment.LastFilled(row.Cells);

    private const double RateTolerance = 0.6;

    /// <summary>Whether actual / budget matches the rate in the row; null when the row lacks one of the three.</summary>
    private static bool? Consistent(DocItem row, MoneyRole[] roles)
    {
        double? Value(MoneyRole role, bool percent)
        {
            var c = Array.FindLastIndex(roles, r => r == role);
            if (c < 0 || c >= row.Cells.Count) return null;
            // A rate printed bare ("1", "20") counts only where it is this very ratio, so it can confirm a reading, never refute one.
            if (percent) return MoneyAssignment.Percent(row.Cells[c]) ?? (BareRate.Read(row.Cells, roles, c) is { } bare ? MoneyAssignment.Percent(bare) : null);
            return MoneyParser.TryParseWan(row.Cells[c], MoneyUnit.Wan, out var v) ? v : null;
        }
        var budget = Value(MoneyRole.BudgetAdjusted, false) ?? Value(MoneyRole.Budget, false);
        var actual = Value(MoneyRole.Actual, false);
        var rate = Value(MoneyRole.ExecutionRate, true);
        if (budget is not > 0 || actual is null || rate is null) return budget is null || actual is null || rate is null ? null : false;
        return Math.Abs(actual.Value / budget.Value * 100 - rate.Value) <= RateTolerance;
    }

    private static MoneyUnit? UnitOf(DocItem label, int column, ExtractionContext context) =>
        MoneyUnitDetector.FromHeader(label.Cells[column]) ?? UnitContext.ForRow(label.Cells.Take(column))
        ?? UnitContext.ForTable(context, label.Table!);

    /// <summary>A cell holding an amount or a rate, alone or after its label ("执行率：95%").</summary>
    private static bool HoldsFigure(string cell)
    {
        // "预算执行率(E/C×100%)" names a column by its formula; its 100% is not a figure.
        if (Formula().IsMatch(cell)) return false;
        var colon = cell.IndexOfAny([':', '：']);
        var value = colon >= 0 ? cell[(colon + 1)..] : cell;
        return MoneyAssignment.Percent(value) is not null || MoneyParser.TryParseWan(value, MoneyUnit.Wan, out _);
    }

    private static bool Filled(DocItem row, int column) => column < row.Cells.Count && row.Cells[column].Trim().Length > 0;

    private static bool IsZeroRow(DocItem row, int[] columns, MoneyRole[] roles)
    {
        var amounts = columns.Where(c => roles[c] != MoneyRole.ExecutionRate && Filled(row, c)).ToList();
        return amounts.Count > 0 && amounts.All(c => MoneyParser.TryParseWan(row.Cells[c], MoneyUnit.Wan, out var v) && v == 0);
    }

    private static void AssignSum(ProjectDraft project, List<DocItem> parts, int column, MoneyRole role, MoneyUnit? unit)
    {
        var filled = parts.Where(r => Filled(r, column)).ToList();
        if (filled.Count == 0) return;
        if (role == MoneyRole.ExecutionRate)
        {
            // A rate is not additive: only a single stated component rate is the total's.
            if (filled.Count == 1) MoneyAssignment.Assign(project, role, filled[0].Cells[column], MoneyUnit.Wan, filled[0].Source());
            return;
        }
        var sum = 0.0;
        foreach (var row in filled)
        {
            if (!MoneyParser.TryParseWan(row.Cells[column], unit ?? UndeclaredUnit.Guess(row.Cells[column]), out var wan)) return;
            sum += wan;
        }
        MoneyAssignment.Assign(project, role, sum.ToString("R", System.Globalization.CultureInfo.InvariantCulture), MoneyUnit.Wan, filled[0].Source());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Z]\s*/\s*[A-Z]")]
    private static partial System.Text.RegularExpressions.Regex Formula();
}

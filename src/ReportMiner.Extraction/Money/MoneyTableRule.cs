using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// Budget, actual spending and execution rate from tables: a label cell with its value to the right
/// ("项目当年预算(元): 55070152"), or a header column read in the first data row below it ("实际支出资金(万元)" over 38.25).
/// Units come from the label, the table's declared unit, or the value itself.
/// </summary>
public sealed class MoneyTableRule : IExtractionRule
{
    private const int RowsBelowHeader = 4;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var section = context.ItemsOf(project).ToList();
            var indicatorRows = new IndicatorRegions(section);
            foreach (var item in section.Where(i => i.IsRow && !indicatorRows.Contains(i)))
            {
                for (var c = 0; c < item.Cells.Count; c++)
                {
                    var role = MoneyLabels.Of(item.Cells[c]);
                    if (role == MoneyRole.None || (c > 0 && item.Cells[c - 1] == item.Cells[c])) continue;
                    if (role == MoneyRole.Budget && MoneyLabels.YieldsToFullYearBudget(item.Cells[c], item.Cells)) continue;
                    var unit = MoneyUnitDetector.FromHeader(item.Cells[c]) ?? UnitContext.ForRow(item.Cells.Take(c))
                        ?? UnitContext.ForTable(context, item.Table!);
                    if (ReadRight(project, item, c, role, unit)) continue;
                    ReadBelow(context, project, item, c, role, unit);
                }
            }
        }
    }

    private static bool ReadRight(ProjectDraft project, DocItem item, int column, MoneyRole role, MoneyUnit? unit)
    {
        var value = item.Cells.Skip(column + 1).FirstOrDefault(t => t.Trim().Length > 0 && t != item.Cells[column]);
        return value is not null && MoneyAssignment.Assign(project, role, value, unit ?? UndeclaredUnit.Guess(value), item.Source());
    }

    private static void ReadBelow(ExtractionContext context, ProjectDraft project, DocItem header, int column, MoneyRole role, MoneyUnit? unit)
    {
        var below = context.Items.Skip(header.Index + 1).Take(RowsBelowHeader)
            .TakeWhile(i => i.Table == header.Table);
        foreach (var row in below)
        {
            if (column >= row.Cells.Count) continue;
            var cell = row.Cells[column];
            if (cell.Trim().Length == 0) continue;
            if (MoneyAssignment.Assign(project, role, cell, unit ?? UndeclaredUnit.Guess(cell), row.Source())) return;
        }
    }
}

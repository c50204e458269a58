using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Target forms that write a level's indicators as one list in the cell beside its label, not one row each:
/// "年度绩效目标 | 产出指标 | 开展巡查8次；编制资料3个；验收合格率≥86%". The list is read only when it is the row's
/// last cell (a list followed by target and actual cells is one indicator's long name), every item is a measure
/// with its value or, among more measured ones, a goal stated as a state ("名录和数据库基本健全"), and the row
/// states goals (the form is a target form, or the row's label says 目标): a list of results beside a level is not
/// told apart from a description, so it is left.
/// </summary>
public static class LevelledCellLists
{
    private const int FewestItems = 2;

    public static IEnumerable<IndicatorRecord> Read(IEnumerable<DocItem> rows, bool targetForm)
    {
        DocItem? goalsRow = null;
        foreach (var row in rows)
        {
            var cells = Distinct(row.Cells.Select(TextKey.Simplify).Select(c => c.Trim()).Where(c => c.Length > 0)).ToList();
            if (cells.Count < 2) continue;
            var label = IndicatorFramework.WithoutPoints(TextKey.Of(cells[^2]));
            var list = cells[^1];
            if (!IndicatorFramework.IsLevelLabel(label) || !LevelledProseIndicators.ValuedWithStates(list) || Items(list) < FewestItems) continue;
            // The row right below a goals row, only a level and its list, is under the same 目标 cell: an export that
            // lost the cell's span ("年度绩效总目标 | 产出指标 | …" then "效益指标 | …") leaves it no label of its own.
            var underGoals = goalsRow is { } above && above.Table == row.Table && above.Row + 1 == row.Row && cells.Count == 2;
            if (!targetForm && !underGoals && !cells.Take(cells.Count - 2).Any(c => c.Contains("目标", StringComparison.Ordinal))) continue;
            goalsRow = row;
            var isLevel1 = IndicatorFramework.IsLevel1Label(label) && IndicatorFramework.Level1Of(label) is null;
            var level1 = isLevel1 ? label : IndicatorFramework.Level1Of(label);
            var level2 = isLevel1 ? null : label;
            foreach (var indicator in LevelledProseIndicators.Targets(list, level1, level2, row))
                yield return indicator;
        }
    }

    private static int Items(string list) => list.Split(['；', ';', '。', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;

    // A spanned cell repeats its text in every column it covers.
    private static IEnumerable<string> Distinct(IEnumerable<string> cells)
    {
        string? last = null;
        foreach (var cell in cells)
        {
            if (cell != last) yield return cell;
            last = cell;
        }
    }
}

using System.Text.RegularExpressions;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicators from tables read by header meaning. A header row can appear anywhere in a table (forms hold
/// several sub-tables); rows below it are indicators until the table ends, another header starts, or a footer
/// (总分, 合计, 存在问题 …) is reached. Level 1/2 come from the spanning cells to the left of the name.
/// </summary>
public sealed partial class IndicatorTableRule : IExtractionRule
{
    private static readonly string[] Footers = ["总分", "合计", "小计", "总计", "存在问题", "存在的主要问题", "改进措施", "备注", "说明", "填报说明", "公式"];
    private static readonly string[] NotIndicatorNames = ["问题", "建议", "原因", "说明"];
    private const int LongestTargetText = 60;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            IReadOnlyDictionary<ColumnRole, int>? header = null;
            Table? headerTable = null;
            IndicatorRecord? previous = null;
            foreach (var item in context.ItemsOf(project).Where(i => i.IsRow))
            {
                if (item.Table != headerTable) { header = null; previous = null; }
                if (HeaderSemantics.Read(item.Cells, c => IndicatorRegions.SpansDown(item.Table!, item.Row!.Value, c)) is { } found)
                {
                    header = found;
                    headerTable = item.Table;
                    continue;
                }
                if (header is null) continue;
                var first = TextKey.Of(item.Cells.FirstOrDefault(c => c.Trim().Length > 0) ?? string.Empty);
                if (Footers.Any(first.StartsWith))
                {
                    if (first.StartsWith("总分") || first.StartsWith("合计"))
                        project.StatedIndicatorTotal ??= item.Cells.Select(IndicatorValues.Number).LastOrDefault(n => n is not null);
                    continue;
                }
                var indicator = ReadRow(item, header, previous, project);
                if (indicator is null) continue;
                project.Indicators.Add(indicator);
                previous = indicator;
            }
        }
    }

    private static IndicatorRecord? ReadRow(DocItem item, IReadOnlyDictionary<ColumnRole, int> header, IndicatorRecord? previous, ProjectDraft project)
    {
        var shift = RowAligner.BestShift(item.Cells, header);
        string? Cell(ColumnRole role) => header.TryGetValue(role, out var c) ? RowAligner.At(item.Cells, c, shift) : null;

        var level1 = Cell(ColumnRole.Level1);
        var level2 = Cell(ColumnRole.Level2);
        var rawName = Cell(ColumnRole.Name) ?? string.Empty;
        if (!CellKinds.IsLabel(rawName))
        {
            // A row whose name slipped into a level column: the name is the rightmost level text written in this row.
            var own = new[] { ColumnRole.Level2, ColumnRole.Level1 }
                .Where(header.ContainsKey)
                .Select(r => (Role: r, Column: header[r] - shift))
                .FirstOrDefault(x => x.Column >= 0 && x.Column < item.Cells.Count && IsOwnCell(item, x.Column) && CellKinds.IsLabel(item.Cells[x.Column]));
            if (own.Role == ColumnRole.None) return null;
            rawName = item.Cells[own.Column];
            level1 = previous?.Level1;
            level2 = previous?.Level2;
        }
        var name = IndicatorNames.Clean(rawName);
        if (name.Length < 2 || !CellKinds.IsLabel(name) || NotIndicatorNames.Any(name.EndsWith)) return null;
        if ((Cell(ColumnRole.Target)?.Length ?? 0) > LongestTargetText) return null;

        var target = IndicatorValues.Read(Cell(ColumnRole.Target));
        var actual = IndicatorValues.Read(Cell(ColumnRole.Actual));
        var weight = IndicatorValues.Weight(Cell(ColumnRole.Weight));
        var score = IndicatorValues.Number(Cell(ColumnRole.Score));
        if (target is null && actual is null && weight is null && score is null) return null;
        var stated = MetEvaluator.FromCell(Cell(ColumnRole.Met));
        var computed = MetEvaluator.Compare(target, actual);
        if (stated is not null && computed is not null && stated != computed)
            project.Warnings.Add($"indicator '{name}': 是否达标 says {(stated.Value ? "met" : "not met")} but actual {actual?.Text} vs target {target?.Text} says otherwise");
        return new IndicatorRecord
        {
            Level1 = Level(level1, name), Level2 = Level(level2, name), Name = name,
            Target = target, Actual = actual, Weight = weight, Score = score,
            Met = stated ?? computed,
            Source = item.Source(),
        };
    }

    // "决策（15分）": scoring tables print a level's points after its name.
    [GeneratedRegex(@"\(\d+(?:\.\d+)?分\)$")]
    private static partial Regex Points();

    private static bool IsOwnCell(DocItem item, int column) => item.Table!.CellAt(item.Row!.Value, column)?.Row == item.Row;

    private static string? Level(string? text, string name)
    {
        var key = Points().Replace(TextKey.Label(text ?? string.Empty), string.Empty);
        return key.Length == 0 || key == name || !CellKinds.IsLabel(key) ? null : key;
    }
}

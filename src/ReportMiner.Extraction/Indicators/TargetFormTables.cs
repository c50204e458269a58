using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A 绩效目标表 (or 申报表) is filled in before the year it plans: it prints targets, never results. A table read without
/// its header under such a title therefore has no 完成值 column: a second figure after the target is another target
/// (a column per town or per year the form plans for), not what was achieved.
/// </summary>
internal static class TargetFormTables
{
    /// <summary>True when the nearest form title above the row names a target form (the report kinds' title words decide).</summary>
    public static bool IsUnderTargetTitle(IReadOnlyList<DocItem> items, DocItem row)
    {
        var title = items.LastOrDefault(i => i.Index < row.Index && ReportTitles.IsFormTitle(i));
        return title is not null && ReportKindRule.TitleKind(title.Key) == ReportKinds.Target;
    }

    /// <summary>The header with its result columns (完成值, 完成率, 是否完成) left unnamed.</summary>
    public static IndicatorHeader WithoutResults(IndicatorHeader header) =>
        header.WithRoles(header.Roles.Where(kv => kv.Key is ColumnRole.Actual or ColumnRole.Rate or ColumnRole.Met)
            .ToDictionary(kv => kv.Value, _ => ColumnRole.None));
}

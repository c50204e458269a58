using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Whether a table stands under a fund's allocation caption ("…专项资金安排表", "…补助资金分配表"): its rows share one fund
/// out, so a 序号 | 项目名称 | 金额 header there lists the fund's parts, not projects.
/// </summary>
public static class AllocationTableCaption
{
    // The caption sits right above the table, at most a unit line ("单位：万元") between them.
    private const int LinesSearched = 3;

    private static readonly string[] Endings = EmbeddedData.Lines("Projects.Data.allocation-table-captions.tsv").Select(l => l.Trim()).ToArray();

    /// <summary>
    /// The segmentation opened a draft at the table's 项目名称 header: with no indicators and no name but the header's next
    /// column ("金额", "项目内容") or the table's, it is no project beside the fund's own form.
    /// </summary>
    public static void DropDraftsReadFrom(ExtractionContext context, List<DocItem> table)
    {
        var tableIndex = table[0].Table!.Index;
        var strays = context.Projects.Where(p => p.Indicators.Count == 0 && ReadFrom(p, tableIndex)).ToList();
        if (strays.Count == context.Projects.Count) return;
        foreach (var stray in strays) context.Projects.Remove(stray);
    }

    private static bool ReadFrom(ProjectDraft project, int tableIndex) =>
        string.IsNullOrEmpty(project.Name) || ProjectNameRule.IsListingHeading(project.Name)
        || (project.Sources.TryGetValue("name", out var source) && source.Table == tableIndex);

    public static bool Above(IReadOnlyList<DocItem> items, int firstRowIndex)
    {
        var seen = 0;
        for (var i = firstRowIndex - 1; i >= 0 && seen < LinesSearched; i--)
        {
            if (items[i].IsRow) return false;
            var key = items[i].Key;
            if (key.Length == 0) continue;
            seen++;
            if (Endings.Any(e => key.EndsWith(e, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}

namespace ReportMiner.Extraction.Projects;

/// <summary>A unit's spending categories (基本支出, 项目支出, 人员经费, 公用经费 …; Data/spending-category-names.tsv): what its money is split into, not projects.</summary>
internal static class SpendingCategories
{
    public static readonly string[] Names = EmbeddedData.Lines("Projects.Data.spending-category-names.tsv").Select(l => l.Trim()).ToArray();
}

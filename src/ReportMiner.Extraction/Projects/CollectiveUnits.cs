namespace ReportMiner.Extraction.Projects;

/// <summary>Whether a unit's name stands for a group or a kind of units ("市直各学校", "县教育局所属学校", "乡镇卫生院").</summary>
internal static class CollectiveUnits
{
    private static readonly string[] Words = EmbeddedData.Lines("Projects.Data.collective-unit-words.tsv").Select(l => l.Trim()).ToArray();

    public static bool Names(string unit) => Words.Any(w => unit.Contains(w, StringComparison.Ordinal));
}

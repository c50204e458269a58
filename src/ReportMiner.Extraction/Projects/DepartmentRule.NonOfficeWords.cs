namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// Whether a prose match ends with a common word that merely ends as an office does ("云南省共布局", "某县产业
    /// 格局"): a layout or a situation, not a unit.
    /// </summary>
    private static bool EndsWithNonOfficeWord(string office) =>
        NonOfficeWords.Any(w => office.EndsWith(w, StringComparison.Ordinal));

    private static readonly string[] NonOfficeWords = EmbeddedData.Lines("Projects.Data.non-office-words.tsv").Select(l => l.Trim()).ToArray();
}

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// Whether a prose match ends with a common word that merely ends as an office does ("云南省共布局", "某县产业
    /// 格局"): a layout or a situation, not a unit, unless the match ends with a whole office name that happens to end
    /// with such a word ("某区科技创新局").
    /// </summary>
    private static bool EndsWithNonOfficeWord(string office) =>
        NonOfficeWords.Any(w => office.EndsWith(w, StringComparison.Ordinal))
        && !OfficesEndingAsNonOfficeWords.Any(o => office.EndsWith(o, StringComparison.Ordinal));

    private static readonly string[] NonOfficeWords = EmbeddedData.Lines("Projects.Data.non-office-words.tsv").Select(l => l.Trim()).ToArray();

    private static readonly string[] OfficesEndingAsNonOfficeWords =
        EmbeddedData.Lines("Projects.Data.non-office-word-offices.tsv").Select(l => l.Trim()).ToArray();
}

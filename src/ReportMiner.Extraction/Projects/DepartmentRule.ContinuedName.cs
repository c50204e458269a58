namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// Whether the words right after a prose office go on with a school's or clinic's name ("…土门中心" + "小学") or
    /// make it the facility a project builds ("…康养中心" + "项目"): the match is then no department.
    /// </summary>
    private static bool IsContinuedName(string text, int end)
    {
        var after = text.AsSpan(end);
        foreach (var word in OfficeContinuations)
            if (after.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] OfficeContinuations = EmbeddedData.Lines("Projects.Data.office-continuations.tsv").Select(l => l.Trim()).ToArray();
}

using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// Whether a prose office ending as a facility does goes on with a school's or clinic's name ("…土门中心" + "小学")
    /// or is the facility a project builds ("…康养中心" + "项目"): the match is then no department.
    /// </summary>
    private static bool IsContinuedName(string text, Match office)
    {
        if (!FacilityOfficeEndings.Any(e => office.Value.EndsWith(e, StringComparison.Ordinal))) return false;
        var after = text.AsSpan(office.Index + office.Length);
        foreach (var word in OfficeContinuations)
            if (after.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] FacilityOfficeEndings = EmbeddedData.Lines("Projects.Data.facility-office-endings.tsv").Select(l => l.Trim()).ToArray();

    private static readonly string[] OfficeContinuations = EmbeddedData.Lines("Projects.Data.office-continuations.tsv").Select(l => l.Trim()).ToArray();
}

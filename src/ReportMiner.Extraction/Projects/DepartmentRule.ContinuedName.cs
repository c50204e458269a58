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

    // After OfficeContinuations, which it reads (static fields of one file start in order).
    // "重庆市大足区土门中心小学2021项目资金绩效自评报告", "广水市马坪镇中心中学项目申报表": a township's central
    // school (中心 and a school's word) opening a title is the unit whose project it is, not a 中心 office (R540, R608).
    private static readonly Regex TitleSchoolOffice = new(@"^(?<office>[\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟|县|区|旗)[\u4e00-\u9fa5]{1,14}?中心(?:"
        + string.Join('|', OfficeContinuations.Where(w => w != "项目").Select(Regex.Escape))
        + @"))(?=关于|\d|[\u4e00-\u9fa5]{0,12}项目|[\u4e00-\u9fa5]{2,8}\d{4}年)", RegexOptions.Compiled);
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// "承德市农业农村局关于…的报告", "芜湖市文化和旅游局关于…的自评报告", "玄马镇关于农村厕所革命建设项目的绩效自评报告": a
    /// report titled as an official document names its issuer before 关于, then the matter and the document's kind
    /// (R070, R434, R516, R529; a township's page on chinaqingcheng.gov.cn). Where no other evidence named a department,
    /// the issuer is the unit reporting on its own project, also where the title rule's patterns know neither the
    /// issuer's form (a township without a county, "某县残联", "某街道办事处", "市交通运输局") nor so long a title.
    /// </summary>
    private static void FromAboutTitleIssuer(ProjectDraft project, List<DocItem> items)
    {
        foreach (var line in ReportTitles.Head(items).Where(i => !i.IsRow))
        {
            if (line.Key.Length > LongestAboutTitle || !ReportTitles.MatchWord(line.Key).Success || AboutTitleSentence().IsMatch(line.Key)) continue;
            var m = AboutTitle().Match(line.Key);
            if (!m.Success) continue;
            var issuer = OwnIssuer(m.Groups["issuer"].Value);
            if (issuer is null) return;
            if (project.Claim("department", line.Source())) project.Department = issuer;
            return;
        }
    }

    /// <summary>
    /// The issuer, or the one issuing with the finance office ("某市财政局 某市住房和城乡建设委员会"), if it is a unit the
    /// gazetteer places, a township, or an office named by its level; null for a finance office alone or a firm.
    /// </summary>
    private static string? OwnIssuer(string issuer)
    {
        foreach (var finance in OverseeingOffices)
        {
            var at = issuer.LastIndexOf(finance, StringComparison.Ordinal);
            if (at >= 0) issuer = issuer[(at + finance.Length)..];
        }
        if (issuer.Length < MinIssuer || !UnitEndings.EndsUnitName(issuer) || IsOverseeingOffice(issuer) || Contractor.IsMatch(issuer)) return null;
        return Gazetteer.Default.Resolve(issuer) is not null || TownshipName().IsMatch(issuer) || IsLevelNamedOffice(issuer) ? issuer : null;
    }

    // "玄马镇": a township's two characters and its level.
    private const int MinIssuer = 3;

    // A title, not a heading line of a notice: a long project's name runs a 关于 title past the sixty characters of
    // ReportTitles (德化县民政局关于2025年度中央专项彩票公益金…项目(老年助餐省级补助)绩效自评情况的报告).
    private const int LongestAboutTitle = 100;

    // "关于开展…", "关于印发…": the cited notice's verbs, not a report's matter.
    [GeneratedRegex(@"^(?<issuer>[\u4e00-\u9fa5]{3,30}?)关于(?!开展|做好|报送|上报|印发|下达|组织)")]
    private static partial Regex AboutTitle();

    [GeneratedRegex("[，。；,;《]")]
    private static partial Regex AboutTitleSentence();

    // "坝塘镇", "新田镇人民政府", "南岳镇政府", "洞井街道办事处": a township the gazetteer need not know.
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,10}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$")]
    private static partial Regex TownshipName();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// "贵州省民族宗教事务委员会民族工作经费专项资金（2017-2019年度）", "西平县交通运输局财政衔接推进乡村振兴资金项目",
    /// "县公安局特殊人群收治经费": a report names its funds after the office that reports on them, with no year between
    /// (R583's title, R016's and R790's prose; with a year, StripOfficeAndYear). The office is the department, as it is
    /// before a year (corpus/real/README.md): the name is the funds' own words, where they end as funds do. An office
    /// before words that name nothing of their own ("…局项目支出", "…办公室专项经费") stays: the unit is the name then.
    /// </summary>
    internal static string WithoutLeadingOffice(string name)
    {
        var m = LeadingOffice().Match(name);
        if (!m.Success) return name;
        var office = m.Groups["office"].Value;
        if (Gazetteer.Default.Resolve(office) is null && !LevelNamed().IsMatch(office)) return name;
        var rest = name[m.Length..];
        return NamesFundsOfItsOwn(rest) ? rest : name;
    }

    /// <summary>
    /// "XX区中央农业生产救灾补助资金", "XX县村级组织活动场所专项资金": a template or an anonymised page masks the place its
    /// funds' name opens with (R522, R545, R262); a masked place is no part of the name, with a year after it or not.
    /// </summary>
    internal static string WithoutMaskedPlace(string name)
    {
        var m = MaskedPlace().Match(name);
        if (!m.Success) return name;
        var rest = name[m.Length..];
        return NamesFundsOfItsOwn(rest) ? rest : name;
    }

    // "专项经费", "项目支出": words every fund's name may end with are none of its own.
    private static bool NamesFundsOfItsOwn(string rest) =>
        FundWords().Replace(GenericWords().Replace(rest, string.Empty), string.Empty).Count(TextKey.IsHan) >= MinOwnWords
        && !rest.Contains("整体", StringComparison.Ordinal) && EndsAsFunds(Clean(rest));

    private const int MinOwnWords = 2;

    [GeneratedRegex("经费|费用|补助|补贴")]
    private static partial Regex FundWords();

    // A place-named office ("西平县" + "交通运输" + "局") or one named by its level alone ("县公安局"); 中心, 院 and 站 end the
    // names of facilities that projects build as often as units', so only an office's ending counts.
    [GeneratedRegex(@"^(?<office>(?:[\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟|县|区|旗)|[省市州县区])[\u4e00-\u9fa5]{1,14}?(?:局|委员会|厅|办公室|管委会))(?=[\u4e00-\u9fa5“""])")]
    private static partial Regex LeadingOffice();

    [GeneratedRegex(@"^[省市州县区](?!级|直|域)")]
    private static partial Regex LevelNamed();

    [GeneratedRegex(@"^(?:某+|[XxＸ×*＊]{1,6})[\u4e00-\u9fa5]{0,2}?(?:省|市|州|区|县|旗)(?!场)")]
    private static partial Regex MaskedPlace();
}

using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Trims an office name found in prose: the lazy match starts at the sentence's first characters ("我所对郑州市…"),
/// so the words before the place's last function word go; "…政府办" continued by "公厅/公室" is the full office.
/// </summary>
public static partial class ProseOffice
{
    public static string Tidy(string text, Match match)
    {
        var name = match.Value;
        // "2021 年某市某局…": a year written before the office (its digits are not matched) leaves its 年 on the name.
        if (match.Index > 0 && char.IsDigit(text[match.Index - 1]) && YearRemnant().Match(name) is { Success: true } year
            && name.Length - year.Length >= MinOfficeLength) name = name[year.Length..];
        // "欢迎进入某市某局网站！": a site's greeting runs into the office's name in its banner line.
        foreach (var greeting in SiteGreetings)
            if (name.IndexOf(greeting, StringComparison.Ordinal) is var at and >= 0 && name.Length - at - greeting.Length >= MinOfficeLength)
                name = name[(at + greeting.Length)..];
        var firstLevel = name.IndexOfAny(['省', '市', '区', '县', '州', '盟', '旗']);
        var cut = firstLevel > 0 ? name.LastIndexOfAny(FunctionChars, firstLevel - 1) : -1;
        if (cut >= 0) name = name[(cut + 1)..];
        // "现将某市某中心…报告如下": the report's opening words are no part of the office.
        if (name.StartsWith(ReportOpening, StringComparison.Ordinal) && name.Length - ReportOpening.Length >= MinOfficeLength) name = name[ReportOpening.Length..];
        // "…部门整体支出绩效自评报告衡山县妇幼保健计划生育服务中心(盖章)": a title a document site ran into the unit's name
        // on its cover ends at its report word; no office's name holds one.
        var report = ReportWord().Matches(name).LastOrDefault();
        if (report is not null && name.Length - (report.Index + report.Length) >= MinOfficeLength) name = name[(report.Index + report.Length)..];
        // "主管部门银川市教育局": a form's label run into its value is not part of the office.
        var end = match.Index + match.Length;
        var labelEnd = RunTogetherFields.LastLabelEnd(text, end - name.Length, end);
        if (labelEnd >= 0 && end - labelEnd >= MinOfficeLength) name = text[labelEnd..end];
        var after = text.AsSpan(match.Index + match.Length);
        if (name.EndsWith("政府办") && (after.StartsWith("公厅") || after.StartsWith("公室"))) name += after[..2].ToString();
        return name;
    }

    private const int MinOfficeLength = 4;

    private static readonly string[] SiteGreetings = EmbeddedData.Lines("Projects.Data.site-greetings.tsv").Select(l => l.Trim()).ToArray();

    // A page may lose the title's last character where the cover ran on ("…绩效自评报江西省体育局"): 自评报 and 评价报 are
    // the report word all the same.
    [GeneratedRegex("(?:自评|评价)报告?|报告|(?:自评|评价|目标|监控|申报)表")]
    private static partial Regex ReportWord();

    [GeneratedRegex("^年度?")]
    private static partial Regex YearRemnant();

    private const string ReportOpening = "现将";

    // "依托X中心": 托 ends the words before the office as 由 and 对 do; so does 到 in "工作组成员到X中心", "转办到X区", and
    // the aspect mark of a verb before it ("承担了X委员会…评价工作"), and 及 closing a verb ("共涉及X局、Y局"), which no
    // place name holds.
    private static readonly char[] FunctionChars = ['受', '由', '对', '经', '向', '为', '在', '据', '托', '照', '到', '了', '及', '，', '、'];
}

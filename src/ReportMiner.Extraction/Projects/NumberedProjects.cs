using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A published summary of several evaluations: numbered paragraphs, each naming a project and giving its money
/// and result ("1、某村道路建设项目，…下达资金197万元…总得分为91.8分，评价等级为优秀。"). Each paragraph is a project;
/// the first also holds the document's title lines.
/// A unit's report on all its projects ("某乡人民政府2021年度项目支出绩效单位自评报告") gives each project such a paragraph
/// in its overview with the project's money but no result ("1.2021年第一批…养殖基地建设项目，…资金303万元，…已拨付270万元。"):
/// there the money alone marks the paragraph as a project's (R432; R078 and R125 list their projects one line each).
/// </summary>
public static partial class NumberedProjects
{
    private const int MinProjects = 2;

    public static bool Split(ExtractionContext context)
    {
        var anchors = new List<(DocItem Item, string Name)>();
        var reported = 0;
        var lastNumber = 0;
        var unitReport = IsUnitReport(context);
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = NumberedName().Match(item.Key);
            if (!m.Success) continue;
            var number = Number(m.Groups["k"].Value);
            var hasResult = Amount().IsMatch(item.Key) && (Result().IsMatch(item.Key) || (unitReport && number == lastNumber + 1));
            // A paragraph that goes on the count of reported projects is the next one even where an excerpt stops
            // before its money and result.
            if (!hasResult && (anchors.Count == 0 || number != lastNumber + 1)) continue;
            anchors.Add((item, m.Groups["name"].Value));
            lastNumber = number;
            if (hasResult) reported++;
        }
        if (reported < MinProjects) return false;
        ProjectParagraphs.Open(context, anchors);
        return true;
    }

    /// <summary>A title naming a unit and a year before 项目支出: the unit reports on all its projects.</summary>
    private static bool IsUnitReport(ExtractionContext context) =>
        ReportTitles.Head(context.Items).Any(i => !i.IsRow && UnitTitle().Match(i.Key) is { Success: true } m
            && UnitEndings.EndsOfficeName(m.Groups["unit"].Value));

    [GeneratedRegex(@"^(?<unit>[\u4e00-\u9fa5()（）]{4,30}?)\d{4}年度?项目支出绩效")]
    private static partial Regex UnitTitle();

    private static int Number(string k) =>
        char.IsAsciiDigit(k[0]) ? int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)
        : Grammar.ChineseNumerals.TryParse(k, out var value) ? (int)value : 0;

    // A name may hold a comma between its works ("某村村内干道,巷道路面硬化建设项目"): it ends at the first 项目 a comma follows.
    [GeneratedRegex(@"^(?<k>\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?<name>[^,，。;；:：][^。;；:：]{3,39}?项目)[,，]")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"\d(?:\.\d+)?万元")]
    private static partial Regex Amount();

    [GeneratedRegex("得分|评价等级|执行率|完成率")]
    private static partial Regex Result();
}

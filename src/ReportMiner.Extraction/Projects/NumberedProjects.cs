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
            if (!m.Success && unitReport) m = UnitNumberedName().Match(item.Key);
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

    /// <summary>
    /// A title naming a unit and a year before 项目支出: the unit reports on all its projects. The unit may be a party
    /// committee's department or a school as well as an office ("中共某县委宣传部2024年度项目支出绩效评价报告", R709).
    /// </summary>
    private static bool IsUnitReport(ExtractionContext context) =>
        ReportTitles.Head(context.Items).Any(i => !i.IsRow && UnitTitle().Match(i.Key) is { Success: true } m
            && UnitEndings.EndsUnitName(m.Groups["unit"].Value));

    [GeneratedRegex(@"^(?<unit>[\u4e00-\u9fa5()（）]{4,30}?)\d{4}年度?项目支出绩效")]
    private static partial Regex UnitTitle();

    private static int Number(string k) =>
        char.IsAsciiDigit(k[0]) ? int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)
        : Grammar.ChineseNumerals.TryParse(k, out var value) ? (int)value : 0;

    // A name may hold a comma between its works ("某村村内干道,巷道路面硬化建设项目"): it ends at the first 项目 a comma follows.
    // A unit's overview may label each paragraph's name as the form does ("1.项目名称:某保障经费,主要用于…;实施主体:…,预算数210
    // 万元", R614): the label names the project whatever its name ends in, up to the clause that follows it.
    [GeneratedRegex(@"^(?<k>\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?:项目名称[:：]\s*(?<name>[^,，。;；:：]{4,40})[,，;；。]|(?<name>[^,，。;；:：][^。;；:：]{3,39}?项目)[,，])")]
    private static partial Regex NumberedName();

    // A unit's report names its projects as its budget does, by the fund or the task ("1.理论学习专项。主要用于…安排经费12万元。",
    // R709; "(1)某展厅运维经费。" on a 州 data centre's report page): in its overview a short numbered phrase ending so is a
    // project's name, where a summary of evaluations names its projects by 项目.
    [GeneratedRegex(@"^(?<k>\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?<name>[^,，。;；:：][^,，。;；:：]{3,29}?(?:项目|专项|经费|资金))[。,，]")]
    private static partial Regex UnitNumberedName();

    [GeneratedRegex(@"\d(?:\.\d+)?万元")]
    private static partial Regex Amount();

    // The result a summary states: a score (得分, 评分: "综合评分91.8分", "自评分为100分"), a grade (评价等级, "等级为“良”",
    // "评定等次为“优”") or a rate.
    [GeneratedRegex("得分|评分|评价等级|等级为|等次为|执行率|完成率")]
    private static partial Regex Result();
}

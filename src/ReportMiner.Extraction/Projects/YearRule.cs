using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The budget year: a "(2020年度)" line, the title's year, a "YYYY年度" mention, else the first year written. A
/// self-evaluation or evaluation is filed after its year has closed: a year read only from its filing date in the
/// first half of a year ("填报日期:2022年2月3日") is the year before.
/// </summary>
public sealed partial class YearRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        // An essay or document site's sample masks the report's years ("根据《关于开展20xx年…的通知》", "20xx年1月1日至
        // 20xx年12月31日"): its own year is gone, and the year its listing prints ("2024年项目绩效监控报告(通用29篇)",
        // "2024年项目支出绩效评估报告.docx") is when the site posted it. Every train report that masks a year has none
        // annotated (15 of 15: R051, R052, R280, R293, R362, R462 among them).
        // A mask inside one form takes that form's year only; one outside every form (the sample's own prose) takes all.
        if (MaskedOutsideProjects(context)) return;
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            // Withheld, so no other project's year is shared into the masked form either (ShareDocumentFields).
            if (items.Any(i => MaskedYear().IsMatch(i.Key)))
            {
                project.Withhold("year");
                continue;
            }
            // The year a 项目名称 value opens with ("2022年省巩固…项目") is the project's own, where the title carries none;
            // a notice cited in the prose ("关于开展2023年度绩效评价工作的通知") may be dated by the year of the work.
            var named = LabelValues.Find(items, ProjectSegmentationRule.IsProjectNameLabel)
                .Where(l => NamedYear().IsMatch(TextKey.Of(l.Value))).Select(l => l.Item with { Text = l.Value }).Take(1);
            // A title below the form with no form under it is the next form's, cut off by the excerpt: not this one's year.
            var dangling = DanglingTitles(items);
            var candidates = items.Where(i => YearLine().IsMatch(i.Key.Split('\t')[0])).Select(i => (Item: i, i.Text, Path: "YearLine"))
                // "评价报告时间：2024年12月" reads as a title (评价报告) but dates the writing only.
                .Concat(ReportTitles.In(items).Where(i => !IsDateOnly(i)).Select(i => (Item: i, i.Text, Path: "Title")))
                // Transfer funds are allocated in advance, late in the year before ("2020年10月30日，中央以《…提前下达2021年…
                // 资金预算的通知》"): the year they are allocated for is the budget year, in every train report that cites one.
                .Concat(Matches(items.Take(BudgetYearItems), AdvanceAllocation(), (_, m) => m.Groups["year"].Value + "年", "AdvanceAllocation"))
                .Concat(named.Select(i => (Item: i, i.Text, Path: "NameValue")))
                // A government disclosure page names its document in a "名称:"/"信息名称" field of the metadata block at
                // its head; that title's year outranks a later year in the text ("积极申报2024年度…" in a 2023 page).
                .Concat(context.Chrome.Concat(items.Take(PageHeadItems)).Select(i => (Item: i, Text: PageTitle().Match(i.Key).Groups["title"].Value))
                    .Where(c => c.Text.Length > 0).Select(c => (c.Item, c.Text, Path: "PageTitle")))
                // A line near the top that states a budget year ("…局2024年度专项债券项目…") gives that year, not one it cites
                // before it ("根据《…关于开展2025年…评价工作的通知》，…2024年度…").
                .Concat(Matches(items.Take(BudgetYearItems).Where(i => !IsDateOnly(i) && !dangling.Contains(i.Index)), YearOfBudget(),
                    (i, m) => i.Key[m.Index..], "BudgetYearNearTop"))
                // A notice that allocates the funds ("《财政部关于下达2022年服务业发展资金预算的通知》", "下达2021年中央财政水利
                // 发展资金") names the budget year they are spent in, where no line above states it: a year written before it in
                // the text dates a policy or the notice's day ("2012年6月14日，广西收到…", "实施方案(2017-2020年)"). In 26 of
                // the 29 read reports that cite one it is the annotated year (R036, R120, R386, R539 …), in two more an alternative.
                .Concat(Matches(items.Take(BudgetYearItems).Where(i => !IsDateOnly(i) && !dangling.Contains(i.Index)), Allocation(),
                    (_, m) => m.Groups["year"].Value + "年", "Allocation"))
                // A period ("起止时间：2020年11月——2021年7月", "2017年12月1日---2019年8月11日") opens with the year the work
                // began, before the budget year; a year written outside a period comes first, else the one PeriodYear reads.
                // A unit's founding ("始建于1958年8月", "成立于1985年") dates its history, not the budget; "项目于2021年建成"
                // may well be the budget year's work and is left alone. A policy's date of issue ("2014年，国务院颁布《社会救助暂行
                // 办法》", "根据2019年6月5日印发的《…意见》") dates the background. (A span written with one 年, "2016-2018年", read as a
                // period instead of its first year, lost R254's multi-year evaluation: not kept.)
                // A looking-back report's filing date ("上报时间:2018年7月6日" under "评价时间:2017年1月1日至2017年12月31日") falls
                // after the year it covers: in all twelve read self-evaluations and evaluations that print one, the filing
                // year is a later one (R108, R116, R164, R384, R512, R514, R530, R567, R732, R756, R800, R014). It is read
                // last, where nothing else gives a year, and then as the year before when filed in the first half.
                .Concat(items.Where(i => !IsDateOnly(i) && !dangling.Contains(i.Index))
                    .Select(i => (Item: i, Text: Issued().Replace(Founding().Replace(Period().Replace(WithoutFilingDate(i.Text, project.ReportKind), " "), " "), " "), Path: "FirstYear")))
                .Concat(items.Where(i => !IsDateOnly(i) && !dangling.Contains(i.Index) && Period().IsMatch(i.Text))
                    .Select(i => PeriodYear(i)))
                .Concat(items.Where(i => !IsDateOnly(i) && !dangling.Contains(i.Index) && FilingDate().IsMatch(i.Text))
                    .Select(i => (Item: i, i.Text, Path: "FilingDate")));
            // A later project of a document with several forms shares the document's year when its own part has none.
            foreach (var (item, text, path) in candidates.Concat(ReportTitles.In(context.Items).Select(i => (Item: i, i.Text, Path: "DocumentTitle"))))
            {
                var year = YearParser.Find(text);
                if (year is null || !project.Claim("year", item.Source(), member: path)) continue;
                project.Year = IsFiledAfterItsYear(item.Key, year.Value, project.ReportKind) ? year - 1 : year;
                break;
            }
        }
    }

    private static IEnumerable<(DocItem Item, string Text, string Path)> Matches(
        IEnumerable<DocItem> items, Regex pattern, Func<DocItem, Match, string> text, string path) =>
        items.Select(i => (Item: i, Match: pattern.Match(i.Key))).Where(c => c.Match.Success).Select(c => (c.Item, text(c.Item, c.Match), path));

    private static bool MaskedOutsideProjects(ExtractionContext context)
    {
        var owned = new bool[context.Items.Count];
        foreach (var project in context.Projects)
            for (var k = project.FirstItem; k < Math.Min(project.EndItem, owned.Length); k++) owned[k] = true;
        return context.Items.Where((_, k) => !owned[k]).Any(i => MaskedYear().IsMatch(i.Key));
    }

    private static HashSet<int> DanglingTitles(List<DocItem> items)
    {
        var head = ReportTitles.Head(items).Select(i => i.Index).ToHashSet();
        var filled = ReportTitles.FilledFormTitles(items).Select(i => i.Index).ToHashSet();
        return items.Where(i => !head.Contains(i.Index) && !filled.Contains(i.Index) && ReportTitles.IsFormTitle(i)).Select(i => i.Index).ToHashSet();
    }

    /// <summary>
    /// A page's publication stamp ("发布时间：2023年10月27日") or a line holding nothing but a date (a cover's or a
    /// signature's "二〇二三年九月二十八日") says when the report was written, not which year it covers.
    /// </summary>
    internal static bool IsDateOnly(DocItem item)
    {
        var key = item.IsRow ? string.Concat(item.Cells.Select(TextKey.Of)) : item.Key;
        var rest = PublicationDate().Replace(key, string.Empty);
        return rest.Length < key.Length ? YearParser.Find(rest) is null : FullDate().IsMatch(key);
    }

    // "发布时间：2023年10月27日 09:11", "发文日期 2022年11月4日", "成文日期：2024年9月": the stamp and its date. A cover's
    // "评价报告时间：2024年12月", "报告日期：2022年3月", "自评日期：2025年2月" dates the writing too, the year after the one
    // the report covers in every train report that prints one (R007, R108, R205, R316, R332, R339, R349); an ex-ante
    // appraisal's "评估日期" falls within its year (R210) and is left to the rules below.
    [GeneratedRegex(@"(?:发布|发文|成文|印发|更新|发表|报告|评价|自评)(?:时间|日期)[:：]?\d{4}年\d{1,2}月(?:\d{1,2}日)?")]
    private static partial Regex PublicationDate();

    [GeneratedRegex(@"^(?:\d{4}|[〇○零一二][〇○零一二三四五六七八九]{3})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日?$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?:\d{4}|[〇○零一二][〇○零一二三四五六七八九]{3})年度?")]
    private static partial Regex NamedYear();

    private const int LastMonthOfFilingForLastYear = 6;

    private static readonly string[] LookingBack = ["self_evaluation", "evaluation"];

    private static string WithoutFilingDate(string text, string? reportKind) =>
        LookingBack.Contains(reportKind) ? FilingDate().Replace(text, " ") : text;

    private static bool IsFiledAfterItsYear(string key, int year, string? reportKind)
    {
        if (!LookingBack.Contains(reportKind)) return false;
        var m = FilingDate().Match(key);
        return m.Success && int.Parse(m.Groups["year"].Value) == year && int.Parse(m.Groups["month"].Value) <= LastMonthOfFilingForLastYear
            && YearParser.Find(key[..m.Index]) is null;
    }

    // "填报日期:2022年2月3日", "上报时间：2018年6月30日", "填表日期 2023-03-20".
    [GeneratedRegex(@"(?:填报|填表|上报|报送)(?:日期|时间)[:：]?\s*(?<year>\d{4})\s*(?:年|[-./])\s*(?<month>\d{1,2})(?!\d)")]
    private static partial Regex FilingDate();

    private const int PageHeadItems = 20;

    private const int BudgetYearItems = 40;

    /// <summary>
    /// The year a period gives when nothing else names one. Work dated to the month ("2020年11月——2021年7月",
    /// "2017年12月1日---2019年8月11日") is paid for in the year it ends (R250, R262, seed 000); a span of whole years
    /// ("2019年--2021年", "2023年—2025年") is a plan's, set out in its first year (R399, R443; R419's is its middle year, its
    /// end year in none). A month at one end only ("2021年6月至2022年") dates work all the same: no span of whole years.
    /// </summary>
    private static (DocItem Item, string Text, string Path) PeriodYear(DocItem item)
    {
        var m = Period().Match(item.Text);
        return m.Groups["startMonth"].Success || m.Groups["endMonth"].Success
            ? (item, m.Groups["end"].Value, "PeriodEnd")
            : (item, m.Groups["start"].Value, "PlanStart");
    }

    [GeneratedRegex(@"(?<start>\d{4}年)(?<startMonth>\d{1,2}月)?(?:\d{1,2}日)?\s*(?:[-—–~～]+|至|到)\s*(?<end>\d{4}年)(?<endMonth>\d{1,2}月)?(?:\d{1,2}日)?")]
    private static partial Regex Period();

    [GeneratedRegex(@"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=[^。；;《]{0,15}?(?:颁布|印发|出台|发布)了?的?《)")]
    private static partial Regex Issued();

    [GeneratedRegex(@"(?:始建|创建|组建|兴建|创办|成立|建成)于\s*\d{4}\s*年")]
    private static partial Regex Founding();

    [GeneratedRegex(@"下达(?<year>\d{4})年度?[^，。；,;《》]{0,30}?(?:资金|预算|经费|指标|计划)")]
    private static partial Regex Allocation();

    [GeneratedRegex(@"提前(?:分解)?(?:下达|下拨|预下达)(?<year>\d{4})年")]
    private static partial Regex AdvanceAllocation();

    [GeneratedRegex(@"(?:^|\t)(?:信息)?名称[:：]?\t?(?<title>[^\t]+)")]
    private static partial Regex PageTitle();

    [GeneratedRegex(@"^[(（]?\d{4}年度[)）]?$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\d{4}年度")]
    private static partial Regex YearOfBudget();

    [GeneratedRegex(@"(?<!\d)20[xX×*]{2}\s*年")]
    private static partial Regex MaskedYear();
}

using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A collection of reports or forms printed one after another, each under its own title ("东莞市公安局_公务用车购置项目支出
/// 绩效目标批复表" … "东莞市看守所_公务用车购置项目支出绩效目标批复表", R444), where no 项目名称 label tells them apart: a title
/// that names another subject than every title before it, below the previous report's text and above its own, opens a
/// project that runs to the next such title. A title repeated, a title without a subject of its own ("2022年度项目支出绩效
/// 自评表") and a title an excerpt ends on stay within the report above them.
/// </summary>
internal static class TitledForms
{
    private const int MinProjects = 2;

    // The items a report's own text holds at least, above the next title and below its own.
    private const int MinBody = 3;

    // The rows of a filled form at least, one of them its indicators' (一级指标, 指标值 …): a page's metadata table
    // (索引号, 发布机构, 信息名称 …) names no indicator.
    private const int MinFormRows = 5;

    private const string IndicatorWord = "指标";

    public static bool Split(ExtractionContext context)
    {
        var items = context.Items;
        var openings = new List<(DocItem Item, string Subject)>();
        var body = 0;
        var rows = 0;
        var indicatorRows = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsRow || !ReportTitles.IsTitle(item))
            {
                body++;
                if (item.IsRow) rows++;
                if (item.IsRow && item.Key.Contains(IndicatorWord, StringComparison.Ordinal)) indicatorRows = true;
                continue;
            }
            if (ReportTitles.Subject(item) is not { } subject || openings.Any(o => o.Subject.Length > 0 && SameSubject(o.Subject, subject))) continue;
            var own = items.Skip(i + 1).TakeWhile(next => next.IsRow || !ReportTitles.IsTitle(next)).Count() >= MinBody;
            // A form filled in above the first title that names a subject is a report of its own whose title the text
            // left out or gave no subject ("项目支出绩效自评表"): the titled form below it is another's.
            if (openings.Count == 0 && rows >= MinFormRows && indicatorRows && own) openings.Add((items[0], string.Empty));
            if (openings.Count > 0 && !own) continue;
            // A title right above another subject's is a page's or a collection's heading over the first report
            // ("X项目支出绩效目标批复表 / 合集下载 / 某局_Y项目支出绩效目标批复表"): the report begins at the later one.
            if (openings.Count > 0 && body < MinBody && openings[^1].Subject.Length > 0) openings.RemoveAt(openings.Count - 1);
            openings.Add((item, subject));
            body = 0;
        }
        if (openings.Count < MinProjects) return false;
        for (var k = 0; k < openings.Count; k++)
        {
            // What stands above the first report is the document's opening, unless a heading over it was set aside.
            var start = k > 0 || Shadowed(items, openings[0].Item) ? openings[k].Item.Index : 0;
            context.Projects.Add(new ProjectDraft(start, k + 1 < openings.Count ? openings[k + 1].Item.Index : items.Count));
        }
        return true;
    }

    private static bool Shadowed(IReadOnlyList<DocItem> items, DocItem opening) =>
        opening.Index > 0 && items.Take(opening.Index).Any(i => !i.IsRow && ReportTitles.IsTitle(i) && ReportTitles.Subject(i) is { } other
                                           && !SameSubject(other, ReportTitles.Subject(opening)!));

    /// <summary>
    /// Whether two titles' subjects share a telling run once their places and the unit they open with are left out:
    /// "寻甸回族彝族自治县应急管理局" and "寻甸县应急管理局" are one unit, "富民县统计局2024年第五次全国经济普查" and
    /// "富民县统计局****年第五次全国经济普查" one project, as a report's title and its form's may write them; one unit's
    /// forms ("某县农业农村局高标准农田建设", "某县农业农村局村级公益事业奖补") are told apart by what follows the unit.
    /// </summary>
    private static bool SameSubject(string a, string b)
    {
        var x = Own(a);
        var y = Own(b);
        if (x.Length < SubjectWindow || y.Length < SubjectWindow) return true;
        for (var k = 0; k + SubjectWindow <= x.Length; k++)
            if (y.Contains(x.Substring(k, SubjectWindow), StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Own(string subject)
    {
        var rest = Places.Gazetteer.Default.WithoutPlaces(subject);
        for (var k = MinUnit; k + SubjectWindow <= rest.Length; k++)
            if (UnitEndings.EndsOfficeName(rest[..k])) return rest[k..].TrimStart(Joiners);
        return rest;
    }

    // "某局_某项目": a site joins the unit and the project so.
    private static readonly char[] Joiners = ['_', '-', '—', ' '];

    // The shortest unit name: "某局" with a word before it ("财政局").
    private const int MinUnit = 3;

    // Four characters: a subject's shortest telling run, as ReportTitles reads it.
    private const int SubjectWindow = 4;
}

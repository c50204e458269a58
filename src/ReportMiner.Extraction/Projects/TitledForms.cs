using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A collection of reports or forms printed one after another, each under its own title ("某县农业农村局2023年度高标准农田
/// 建设项目绩效自评表" … "某县农业农村局2023年度村级公益事业奖补资金绩效自评表"), where no 项目名称 label tells them apart: a
/// title that names another subject than every title before it, below the previous report's text and above its own, opens a
/// project that runs to the next such title. A title repeated, a title without a subject of its own ("2022年度项目支出绩效
/// 自评表", or only its unit's: "某市财政局2023年部门整体支出绩效自评报告") and a title an excerpt ends on stay within the
/// report above them. Two units' forms for a project of the same name ("某市公安局_公务用车购置…", "某市看守所_公务用车购置…",
/// as R444 prints them) read as one subject and stay one project.
/// </summary>
internal static class TitledForms
{
    private const int MinProjects = 2;

    // The items a report's own text holds at least, above the next title and below its own.
    private const int MinBody = 3;

    // "某局_某项目": a site joins the unit and the project so.
    private static readonly char[] Joiners = ['_', '-', '—', ' '];

    // The shortest unit name: "某局" with a word before it ("财政局").
    private const int MinUnit = 3;

    public static bool Split(ExtractionContext context)
    {
        var items = context.Items;
        var openings = new List<(DocItem Item, string[] Runs)>();
        // How many openings hold each four-character run of their subjects: a title costs its own length to compare.
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        var headingRemoved = false;
        var body = 0;
        var form = new FilledForm();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsRow || !ReportTitles.IsTitle(item))
            {
                body++;
                if (item.IsRow) form.Add(item);
                continue;
            }
            if (ReportTitles.Subject(item) is not { } subject || Own(subject) is not { } own) continue;
            var ownRuns = ReportTitles.Runs(own).Distinct(StringComparer.Ordinal).ToArray();
            if (ownRuns.Any(runs.ContainsKey)) continue;
            var hasBody = BodyBelow(items, i) >= MinBody;
            // A form filled in above the first title that names a subject is a report of its own whose title the text
            // left out or gave no subject ("项目支出绩效自评表"): the titled form below it is another's.
            if (openings.Count == 0 && form.IsFilled && hasBody) openings.Add((items[0], []));
            if (openings.Count > 0 && !hasBody) continue;
            // A title right above another subject's is a page's or a collection's heading over the first report
            // ("X项目支出绩效目标批复表 / 合集下载 / 某局_Y项目支出绩效目标批复表"): the report begins at the later one.
            if (openings.Count > 0 && body < MinBody && openings[^1].Runs.Length > 0)
            {
                foreach (var run in openings[^1].Runs)
                    if (--runs[run] == 0) runs.Remove(run);
                openings.RemoveAt(openings.Count - 1);
                if (openings.Count == 0) headingRemoved = true;
            }
            openings.Add((item, ownRuns));
            foreach (var run in ownRuns) runs[run] = runs.GetValueOrDefault(run) + 1;
            body = 0;
        }
        if (openings.Count < MinProjects) return false;
        for (var k = 0; k < openings.Count; k++)
        {
            // What stands above the first report is the document's opening, unless a heading over it was set aside.
            var start = k > 0 || headingRemoved ? openings[k].Item.Index : 0;
            context.Projects.Add(new ProjectDraft(start, k + 1 < openings.Count ? openings[k + 1].Item.Index : items.Count));
        }
        return true;
    }

    // A form's row printing an indicator level or an indicator table's level heading (产出指标, 一级指标, 三级指标).
    internal static bool PrintsLevels(DocItem row) =>
        row.Cells.Any(c => IndicatorFramework.IsLevelLabel(c) || HeaderSemantics.RoleOf(TextKey.Of(c)) is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name);

    /// <summary>
    /// The rows of a filled form, read as they pass: five at least, one of them printing its indicators' levels (产出指标,
    /// 一级指标 …); a page's metadata table (索引号, 发布机构, 信息名称 …) prints none.
    /// </summary>
    internal sealed class FilledForm
    {
        private const int MinFormRows = 5;
        private bool _levels;
        private int _rows;

        public bool IsFilled => _rows >= MinFormRows && _levels;

        public void Add(DocItem row)
        {
            _rows++;
            _levels = _levels || PrintsLevels(row);
        }
    }

    private static int BodyBelow(IReadOnlyList<DocItem> items, int title)
    {
        var count = 0;
        for (var i = title + 1; i < items.Count && count < MinBody && (items[i].IsRow || !ReportTitles.IsTitle(items[i])); i++) count++;
        return count;
    }

    /// <summary>
    /// A title's subject once its places and the unit it opens with are left out, or null when fewer than
    /// <see cref="ReportTitles.SubjectWindow"/> characters remain (a unit's own report: "某市财政局…部门整体支出"): two titles
    /// name one subject when their own subjects share a four-character run. "寻甸回族彝族自治县应急管理局" and "寻甸县应急管理局"
    /// are one unit, "富民县统计局2024年第五次全国经济普查" and "富民县统计局****年第五次全国经济普查" one project, as a report's
    /// title and its form's may write them; one unit's forms ("某县农业农村局高标准农田建设", "某县农业农村局村级公益事业奖补")
    /// are told apart by what follows the unit.
    /// </summary>
    internal static string? Own(string subject)
    {
        var rest = Places.Gazetteer.Default.WithoutPlaces(subject);
        for (var k = MinUnit; k + ReportTitles.SubjectWindow <= rest.Length; k++)
            if (UnitEndings.EndsOfficeName(rest[..k]))
            {
                rest = rest[k..].TrimStart(Joiners);
                break;
            }
        return rest.Length < ReportTitles.SubjectWindow ? null : rest;
    }
}

using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Another project's form printed below a report: a complete form — its title, then its indicator table within a few
/// lines — whose project, named by the title ("2023年度农村公路养护项目支出绩效自评表") or, under a template's title that
/// names none ("2023年度项目支出绩效自评表"), by its 项目名称 row, the text above never mentions, opens a project running
/// to the next such form. The text above must be a report of its own (its paragraphs or its filled form) that names a
/// project once read apart from the form (its title's subject, its 项目名称, a quoted name …). A collection prints its
/// projects' forms so, one after another and each naming its own (R194 and R561 under the template's title with 项目名称 rows, R444 under titles naming them).
/// A report's own 目标表 or 自评表 below it names the project the report speaks of, in words of the report's (a
/// four-character run: "高标准农田" in "某县高标准农田建设项目绩效自评报告" and in its form), and stays with it; so does a
/// form below a text that names no subject of its own, and the one form below a report without a form of its own that
/// names the report's project in most of its characters ("城乡医保" for "城乡居民基本医疗保险").
/// </summary>
internal static class OtherProjectForms
{
    // The lines a form's indicator table starts below its title at most: 项目名称, 主管部门, 实施单位, the money rows and
    // the year's overall target stand between them.
    private const int FormHead = 14;

    // The rows below an indicator table's heading at least: a heading alone is a form an excerpt cut.
    private const int MinIndicatorRows = 2;

    // Paragraphs of a report's own text at least.
    private const int MinProse = 3;
    private const int ProseLength = 20;

    private static readonly char[] ClauseMarks = ['。', '，', ',', '；', ';'];

    public static bool Split(ExtractionContext context)
    {
        var items = context.Items;
        var starts = new List<int> { 0 };
        // The four-character runs of the text above the item looked at, and what the first report's part holds: built as
        // the items are passed (a run may span two items, as the text read on reads them).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tail = string.Empty;
        var report = new ReportPart();
        var reportHasForm = false;
        string? firstFormName = null;
        for (var i = 1; i < items.Count; i++)
        {
            tail = AddRuns(seen, tail + items[i - 1].Key);
            report.Add(items[i - 1]);
            if (!ReportTitles.IsFormTitle(items[i]) || FormName(items, i) is not { } name) continue;
            // The text above speaks of the form's project: the report it belongs to, or a form of it printed before.
            if (ReportTitles.Runs(name).Any(seen.Contains)) continue;
            if (starts.Count == 1)
            {
                if (!report.IsReportOfItsOwn) continue;
                reportHasForm = report.HasForm;
                firstFormName = name;
            }
            starts.Add(i);
        }
        if (starts.Count < 2 || FirstName(context, starts) is not { } reportName) return false;
        // A report that prints no form of its own may name its project in other words in the form below it ("城乡医保" for
        // "城乡居民基本医疗保险"), but an abbreviation or a rewording keeps the characters of the report's name: the read
        // splits' single-project reports name their own form's project so (R466 全民健身中心项目 over 中央转移支付…全民健身
        // 中心项目, R140's 老年助餐, R632's 调查队专项经费), none in mostly other characters. One form naming a project in other
        // characters is another project's, as a collection's forms each name their own (R194, R561, R040, R164).
        if (!reportHasForm && starts.Count == 2 && !InOtherCharacters(firstFormName!, reportName)) return false;
        Add(context, starts);
        return true;
    }

    /// <summary>
    /// Whether most characters of a form's project are missing from the report's project name: an abbreviation or a
    /// rewording of the report's own project ("城乡医保补助" for "城乡居民基本医疗保险补助") keeps most of them.
    /// </summary>
    internal static bool InOtherCharacters(string formProject, string reportName)
    {
        var shared = formProject.Count(c => reportName.Contains(c));
        return shared * 2 < formProject.Length;
    }

    // Adds every run of a text to the set and returns its last characters, those a run into the next item starts with.
    private static string AddRuns(HashSet<string> seen, string text)
    {
        foreach (var run in ReportTitles.Runs(text)) seen.Add(run);
        var keep = ReportTitles.SubjectWindow - 1;
        return text.Length <= keep ? text : text[^keep..];
    }

    private static void Add(ExtractionContext context, List<int> starts)
    {
        for (var k = 0; k < starts.Count; k++)
            context.Projects.Add(new ProjectDraft(starts[k], k + 1 < starts.Count ? starts[k + 1] : context.Items.Count));
    }

    /// <summary>
    /// The project the report above the first such form names once read apart from the forms, or null: a project without a
    /// name is none the reader can tell from the forms', and its text is better read with theirs.
    /// </summary>
    private static string? FirstName(ExtractionContext context, List<int> starts)
    {
        Add(context, starts);
        new ProjectNameRule().Apply(context);
        var name = context.Projects[0].Has("name") ? context.Projects[0].Name : null;
        context.Projects.Clear();
        return name;
    }

    /// <summary>The project a complete form below a title names: the title's own subject, else its 项目名称 value; or null.</summary>
    private static string? FormName(IReadOnlyList<DocItem> items, int title)
    {
        var heading = -1;
        for (var j = title + 1; j < items.Count && j <= title + FormHead; j++)
        {
            if (!items[j].IsRow && ReportTitles.IsTitle(items[j])) return null;
            if (items[j].IsRow && TitledForms.PrintsLevels(items[j]))
            {
                heading = j;
                break;
            }
        }
        if (heading < 0 || heading + MinIndicatorRows >= items.Count) return null;
        for (var j = heading + 1; j <= heading + MinIndicatorRows; j++)
            if (!items[j].IsRow) return null;
        if (ReportTitles.Subject(items[title]) is { } subject && TitledForms.Own(subject) is { } own) return own;
        var label = LabelValues.Find(items.Skip(title + 1).Take(heading - title - 1), ProjectSegmentationRule.IsProjectNameLabel)
            .FirstOrDefault(lv => ProjectNameRule.IsNameValue(lv.Value));
        return label is null ? null : TitledForms.Own(ProjectSegmentationRule.Core(label.Value));
    }

    /// <summary>What the text above the first such form holds: the report's paragraphs or its filled form.</summary>
    private sealed class ReportPart
    {
        private readonly TitledForms.FilledForm _form = new();
        private int _prose;

        public bool HasForm => _form.IsFilled;

        public bool IsReportOfItsOwn => _prose >= MinProse || HasForm;

        public void Add(DocItem item)
        {
            if (item.IsRow) _form.Add(item);
            else if (item.Key.Length > ProseLength && item.Key.IndexOfAny(ClauseMarks) >= 0) _prose++;
        }
    }
}

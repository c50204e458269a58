using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>Recognises report titles ("…项目绩效自评报告", "财政项目支出绩效目标表") among a section's first items.</summary>
public static partial class ReportTitles
{
    public const int TitleWindow = 8;

    public static bool IsTitle(DocItem item) => item.Key.Length <= TitleLength && TitleWord().IsMatch(item.Key);

    public static IEnumerable<DocItem> In(IEnumerable<DocItem> sectionItems) =>
        Head(sectionItems).Where(i => i.Key.Length <= TitleLength && TitleWord().IsMatch(LabelValues.LabelKey(i.Text.Split('\t')[0])));

    /// <summary>
    /// The items a section's title stands among: its first few, up to where a filled form has begun. A title line
    /// below two rows of a form is the next form's ("附件2 / 2020年度X项目绩效目标表" where an archive's excerpt
    /// stops), not this one's, even in an excerpt short enough to hold both.
    /// </summary>
    /// <remarks>
    /// Prose does not end the head: stopping after two long paragraphs fixed the perturbed dev texts and lost a name
    /// on a held-out split (a site's introduction above the title, presumably).
    /// </remarks>
    public static IEnumerable<DocItem> Head(IEnumerable<DocItem> sectionItems)
    {
        var first = sectionItems.Take(TitleWindow + 1).ToList();
        var rows = 0;
        for (var i = 0; i < Math.Min(first.Count, TitleWindow); i++)
        {
            if (rows >= RowsOfAForm) yield break;
            // An excerpt that ends on a form's title below its text ends before that form: the title is the next one's.
            if (i == first.Count - 1 && IsFormTitle(first[i])
                && (first.Take(i).Any(IsBody) || first.Take(i).Any(IsClause) && NamesAnotherSubject(first[i], first.Take(i)))) yield break;
            if (first[i].IsRow) rows++;
            yield return first[i];
        }
    }

    private static bool IsBody(DocItem item) => item.IsRow || (item.Key.Length > TitleLength && item.Key.IndexOfAny(ClauseMarks) >= 0);

    private static bool IsClause(DocItem item) => !item.IsRow && item.Key.IndexOfAny(ClauseMarks) >= 0;

    private static readonly char[] ClauseMarks = ['。', '，', ',', '；', ';'];

    /// <summary>
    /// Whether a form title names a subject the text above it never mentions ("附件2 / 2021年度农村公路养护项目绩效目标表"
    /// below a paragraph on 乡村道路维护): a form for another project, whose title an excerpt kept as it stopped. A title
    /// without a subject of its own ("2022年度项目支出绩效目标表", "省级部门预算项目支出绩效目标表") or one whose subject
    /// the text speaks of may be this report's own form, cut off above its rows.
    /// </summary>
    public static bool NamesAnotherSubject(DocItem title, IEnumerable<DocItem> above)
    {
        if (RawSubject(title.Key) is not { } raw || raw.Subject.Length < SubjectWindow) return false;
        return !SharesRun(raw.Subject, string.Concat(above.Where(i => i.Index != title.Index).Select(i => i.Key)));
    }

    /// <summary>
    /// The words of a line standing as a title that name its subject ("某县农业农村局高标准农田建设"), or null when it names
    /// none of its own or is no title line: a title ends on its report type (a note in brackets may follow), and a numbered
    /// heading ("三、专项资金主要绩效(附…自评表)") or a field ("评价方式:单位绩效自评") only mentions one.
    /// </summary>
    internal static string? Subject(DocItem title) => Subject(title.Key);

    /// <inheritdoc cref="Subject(DocItem)"/>
    internal static string? Subject(string title)
    {
        if (RawSubject(title) is not { } raw || !TitleEnd().IsMatch(title[raw.End..]) || NumberedLine().IsMatch(title)) return null;
        return raw.Subject.Length < SubjectWindow || raw.Subject.IndexOfAny(FieldMarks) >= 0 ? null : raw.Subject;
    }

    // The words before a key's report type without those every title carries, and where the report type ends.
    private static (string Subject, int End)? RawSubject(string key) =>
        TitleWord().Match(key) is { Success: true } word ? (GenericTitleWords().Replace(key[..word.Index], string.Empty), word.Index + word.Length) : null;

    /// <summary>Whether two texts share a run of <see cref="SubjectWindow"/> characters.</summary>
    internal static bool SharesRun(string a, string b) => Runs(a).Any(run => b.Contains(run, StringComparison.Ordinal));

    /// <summary>Every run of <see cref="SubjectWindow"/> characters of a text, in order.</summary>
    internal static IEnumerable<string> Runs(string text)
    {
        for (var k = 0; k + SubjectWindow <= text.Length; k++) yield return text.Substring(k, SubjectWindow);
    }

    // Keys are half-width: a field's colon is ':'.
    private static readonly char[] FieldMarks = [':'];

    [GeneratedRegex(@"^(?:[(（][^()（）]{1,40}[)）])?$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")]
    private static partial Regex NumberedLine();

    // Four characters: a subject's shortest telling run ("森林防火", "村道养护"); two or three (项目, 资金, 专项) are shared by
    // every report.
    internal const int SubjectWindow = 4;

    // An attachment number, a year, and the words every budget form's title may carry whatever its project (the level
    // of government, 部门预算, 转移支付, 专项资金): none of them tells one project from another.
    [GeneratedRegex(@"^(?:附件|附表)\s*[0-9一二三四五六七八九十]*(?:-[0-9]+)?\s*[:：.．、]?|\d{4}\s*年度?|[(（][^)）]*[)）]|省级|市级|县级|区级|本级|部门|单位|预算|财政|整体|中央|转移支付|专项|资金|项目|支出")]
    private static partial Regex GenericTitleWords();

    private const int RowsOfAForm = 2;

    private const int TitleLength = 60;

    /// <summary>Form titles with their form below them: a title an excerpt ends on, with no row under it, names no form.</summary>
    public static IEnumerable<DocItem> FilledFormTitles(IReadOnlyList<DocItem> sectionItems) =>
        sectionItems.Where((item, i) => IsFormTitle(item) && sectionItems.Skip(i + 1).Take(FormStartsWithin).Any(next => next.IsRow));

    private const int FormStartsWithin = 3;

    /// <summary>
    /// Form titles an excerpt ends on below the report's text ("附件2 / 2020年度X项目绩效目标表" where a page stops): the
    /// next form's, whose form is not in the text, so they say nothing about this report.
    /// </summary>
    public static IReadOnlySet<int> TrailingFormTitles(IReadOnlyList<DocItem> sectionItems)
    {
        var found = new HashSet<int>();
        for (var i = Math.Max(0, sectionItems.Count - TrailingItems); i < sectionItems.Count; i++)
            if (IsFormTitle(sectionItems[i]) && sectionItems.Skip(i + 1).All(next => !next.IsRow) && sectionItems.Take(i).Any(IsBody))
                found.Add(sectionItems[i].Index);
        return found;
    }

    // The title's own line and one after it (a date or a 单位 line under the cut-off title).
    private const int TrailingItems = 2;

    /// <summary>The title line of a form ("项目支出绩效自评表", "附件2 部门整体支出绩效目标表"), wherever it stands.</summary>
    public static bool IsFormTitle(DocItem item) =>
        !item.IsRow && item.Key.Length <= FormTitleLength && IsTitle(item) && FormEnding().IsMatch(item.Key);

    private const int FormTitleLength = 40;

    [GeneratedRegex(@"表(?:[(（][^)）]*[)）])?$")]
    private static partial Regex FormEnding();

    public static Match MatchWord(string key) => TitleWord().Match(key);

    /// <summary>
    /// The title a document site ran into the first heading ("1、X工程绩效自评报告一、项目概况(一)…"), or null: the title
    /// ends where the heading begins.
    /// </summary>
    public static string? RunTogether(string key) =>
        RunTogetherTitle().Match(key) is { Success: true } m && TitleWord().IsMatch(m.Groups["title"].Value) ? m.Groups["title"].Value : null;

    // A document site also runs the title into the report's opening sentence ("…专项资金绩效自评报告根据省财政厅关于…",
    // "…补助资金绩效评价报告为贯彻…", "…项目绩效评价报告根据财政绩效评价工作的安排"), and may leave the page number of
    // the original ("1、- 1 -2016年度…", R355) before it, or that number run into the year ("1、12018年度…", "1 2016 年…"
    // read as "12016年…": R587, R588), which no year has five digits of: the title ends where the sentence begins. A name
    // in brackets after the report type ("…绩效自评报告（X专项资金）", as R288, R298, R633 print it) stays in the title
    // when the heading runs on after it (R639).
    [GeneratedRegex(@"^(?:\d{1,2}、)?(?:-\d{1,3}-)?(?:\d{1,2}(?=(?:19|20)\d{2}年))?(?<title>[^，。；,;《]{4,60}?(?:报告|自评表|评价表|目标表|监控表)(?:[(（][^()（）]{2,40}[)）])?)(?=一、|[(（]一[)）]|根据|按照|依据|为)")]
    private static partial Regex RunTogetherTitle();

    // "…项目支出绩效单位自评报告", "…绩效评价自评报告": the words between the name and the report type belong to neither.
    // "…资金区域绩效自评报告", "…绩效自评总结报告", "关于…绩效自评情况的报告", "…绩效评价结果报告", "绩效运行监控报告": a transfer payment's
    // region-wide report, and the words a report's kind may carry before 报告, are still the report type. "…项目重点绩效评价报告":
    // a finance office's 重点绩效评价 (key evaluation, R178, R264, R285, R326, R338) is a kind of evaluation, not the subject's.
    // "关于X资金绩效的自评报告", "关于X补助资金支出绩效的自评报告": a 的 may join 绩效 to the report type (R370, R434).
    // A page's title may end without 报告: "某县2021年X项目补助资金绩效自评" (R014, R321, R334).
    // A target form may be titled for its approval or setting ("…项目支出绩效目标审批表", "…绩效目标设定表", the finance
    // office's "…项目支出绩效目标批复表" that approves it: R443, R444), and a
    // finance office's ex-ante appraisal ("…项目事前绩效评估报告") is a report on the project as well.
    // A report type may carry more words: "…相关项目绩效考核自评报告" (a yearly 考核 of a department's projects; a whole
    // department's "预算绩效管理考核自评报告"), "…补助资金全周期跟踪问效报告" (a finance department follows a fund through
    // its life, 跟踪问效, and reports on it; evaluations call themselves so too: "…补助资金全周期绩效评价报告", R241, R493,
    // R592), and "…项目自评结果" standing as the title. An evaluation may call itself an assessment of a project's or a
    // programme's performance ("…项目评估报告", "…计划 评估报告", "…绩效评估报告": R759, R793, R379, R362); 评估报告 after
    // any other word is another trade's (资产评估报告, 环境影响评估报告, a school's 自评估报告).
    [GeneratedRegex("(?<project>项目)?(?<spending>支出)?(区域)?(重点)?(全周期)?(绩效的?)?(考核)?(评价)?(单位|部门)?(?:(?:自评|自我评价|评价|运行监控|执行监控|监控|(?:全周期)?跟踪问效)(?:工作|情况|结果|总结)*的?报告|自评表|评价表|目标(?:审批|设定|批复)?表|监控情况表|监控表|申报表|绩效报告|自评情况|自评结果$|绩效自评$|事前(?:绩效)?评估报告|(?<=绩效|项目|计划)评估报告)")]
    private static partial Regex TitleWord();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The report kind from its title: 监控 → monitoring, 自评 → self_evaluation, 评价 → evaluation, 目标/申报 → target.
/// Without a title (an excerpt cut above it), the section headings' words decide ("（三）项目自评步骤及方法"),
/// then the words of the whole text (Data/report-kind-words.tsv).
/// </summary>
public sealed partial class ReportKindRule : IExtractionRule
{
    private const int HeadingLength = 40;

    private static readonly ILookup<string, (string Word, string Kind)> Words = EmbeddedData.Lines("Projects.Data.report-kind-words.tsv")
        .Select(l => l.Split('\t')).ToLookup(f => f[0].Trim(), f => (f[1].Trim(), f[2].Trim()), StringComparer.Ordinal);

    private static readonly (string Word, string Kind)[] Kinds = [.. Words["title"]];

    private static readonly (string Word, string Kind)[] HeadingKinds = [.. Words["monitoring"], .. Words["heading"]];

    private static readonly (string Word, string Kind)[] TextKinds = [.. Words["monitoring"], .. Words["text"]];

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            DecideKind(context, project);
            if (project.ReportKind == ReportKinds.Evaluation) FromOwnStatement(project, context.ItemsOf(project));
        }
    }

    private static void DecideKind(ExtractionContext context, ProjectDraft project)
    {
        // The project's own titles, and the title of each form filled in for it further down ("项目支出绩效自评表"
        // under a report titled "…绩效评价报告"): the most specific kind among them wins, since a report that holds
        // a unit's 自评表 is a self-evaluation whatever its cover calls it.
        var items = context.ItemsOf(project).ToList();
        var own = ReportTitles.In(items).Concat(ReportTitles.FilledFormTitles(items)).ToList();
        if (DecideByPriority(project, own, Kinds, "OwnTitles")) return;
        if (DecideByTitle(project, ReportTitles.In(context.Items))) return;
        // "1、X工程绩效自评报告一、项目概况…": the title a document site ran into the first heading.
        var runTogether = ReportTitles.Head(items).Where(i => !i.IsRow)
            .Select(i => (Item: i, Title: ReportTitles.RunTogether(i.Key))).FirstOrDefault(t => t.Title is not null);
        if (runTogether.Title is not null && TitleKind(runTogether.Title) is { } titled
            && project.Claim("report_kind", runTogether.Item.Source()))
        {
            project.ReportKind = titled;
            return;
        }
        // Without its title, the report's own words decide. A form title the excerpt ends on below them is the next
        // form's ("附件2 / 2020年度X项目绩效目标表") or this one's cut off above its form: it decides only when nothing
        // else does (on the dev variants that end on another form's title, report_kind FP 21 → 8; dropping it
        // altogether loses as many right kinds of pages cut above their own form as it saves).
        var trailing = ReportTitles.TrailingFormTitles(items);
        var text = items.Where(i => !trailing.Contains(i.Index)).ToList();
        // A short line closed by a full stop and not numbered is a sentence a site's layout cut from its paragraph ("设立…专项资金
        // 区域绩效目标表。" after "自评得3分。"), which names a form the report speaks of, not a section of it.
        var headings = text.Where(i => !i.IsRow && i.Key.Length <= HeadingLength && !IsUnnumberedSentence(i.Key)).ToList();
        // A basis list's line citing a rulebook ("2.财政部《财政支出绩效评价管理暂行办法》") and a section both kinds' outlines
        // print ("二、评价对象") are no headings of this report's kind.
        if (DecideByPriority(project, headings, HeadingKinds, "Headings", h => EvaluationSectionHeads.Without(CitedRulebooks.Without(h)))) return;
        if (DecideByPriority(project, text, TextKinds, "Text")) return;
        if (FromSelfEvaluationForm(project, text)) return;
        if (FromTargetForm(project, text)) return;
        if (FromCatalogue(project, context.PageFields)) return;
        // A title that names a project the text never mentions is another project's form: it names no kind here.
        if (DecideByPriority(project, items.Where(i => trailing.Contains(i.Index) && !ReportTitles.NamesAnotherSubject(i, items.Where(a => a.Index < i.Index))).ToList(),
            Kinds, "TrailingFormTitle")) return;
        FromReportTemplate(project, headings);
    }

    private static readonly (string Word, string Kind)[] TemplateKinds = [.. Words["template"]];

    /// <summary>
    /// An excerpt cut above its title that opens the evaluation report's template ("一、项目基本情况", "一、部门基本情况",
    /// then 项目概况, 预算安排, 绩效目标) is a report looking back on the spending, which gold calls an evaluation (a
    /// self-evaluation's template is the same, and its gold lists evaluation beside it): R464, R564, R662, R695. Only
    /// the first section of the report's outline, and only where no word of any kind was found.
    /// </summary>
    private static void FromReportTemplate(ProjectDraft project, List<DocItem> headings)
    {
        foreach (var item in headings)
        {
            var match = FirstSection().Match(item.Key);
            if (!match.Success) continue;
            var kind = TemplateKinds.FirstOrDefault(k => match.Groups[1].Value == k.Word);
            if (kind.Kind is null || !project.Claim("report_kind", item.Source(), member: "ReportTemplate")) continue;
            project.ReportKind = kind.Kind;
            return;
        }
    }

    [GeneratedRegex(@"^\s*[一1][、.．]\s*(\S+?)\s*$")]
    private static partial Regex FirstSection();

    private static bool IsUnnumberedSentence(string key) => key.EndsWith('。') && !HeadingNumber().IsMatch(key);

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+[章节部分]|[(（]?[一二三四五六七八九十\d]+[)）、.．])")]
    private static partial Regex HeadingNumber();

    private static readonly HashSet<string> CatalogueLabels = [.. Words["catalogue"].Select(w => w.Word)];

    private static readonly (string Word, string Kind)[] CatalogueKinds = [.. Words["filed"]];

    /// <summary>
    /// A government portal files each page under a catalogue heading its metadata prints ("公开目录 | 自评报告", "体裁分类:
    /// 绩效自评"): where the excerpt keeps neither the title nor a word of the kind, the heading says what the page is
    /// (R314, R408, R610, R758). A heading of evaluation alone ("公开目录 | 绩效评价") files every kind and says none.
    /// </summary>
    private static bool FromCatalogue(ProjectDraft project, IReadOnlyList<PageField> fields)
    {
        foreach (var field in fields.Where(f => CatalogueLabels.Contains(f.Label)))
        {
            var kind = CatalogueKinds.FirstOrDefault(k => field.Value.Contains(k.Word, StringComparison.Ordinal));
            if (kind.Kind is null || !project.Claim("report_kind", field.Line.Source(), member: "Catalogue")) continue;
            project.ReportKind = kind.Kind;
            return true;
        }
        return false;
    }

    private static readonly string[] Statements = [.. Words["statement"].Select(w => w.Word)];

    private static readonly string[] OtherUnits = [.. Words["other"].Select(w => w.Word)];

    private static readonly string[] SelfWords = [.. Words["self"].Select(w => w.Word)];

    /// <summary>
    /// A report titled an evaluation (…绩效评价报告) whose office says in the first person that it evaluated its own spending
    /// ("我局积极组织，对2019年度本单位整体支出进行了绩效自评", "本部门按要求…开展自评") is a self-evaluation: an evaluator's
    /// report on a unit speaks of that unit's self-evaluation beside the unit ("在项目单位开展自评的基础上"), and such a
    /// clause is passed over, as is a sentence without the office as its subject.
    /// Rows are passed over too: a listing's 自评分数 column or a form's 自评得分 cell does not say who wrote the report.
    /// </summary>
    private static void FromOwnStatement(ProjectDraft project, IEnumerable<DocItem> items)
    {
        foreach (var item in items)
        {
            if (item.IsRow) continue;
            foreach (var word in Statements)
            {
                var at = item.Key.IndexOf(word, StringComparison.Ordinal);
                if (at < 0) continue;
                var clauseStart = item.Key.LastIndexOfAny(ClauseEnds, Math.Max(0, at - 1)) + 1;
                var clause = item.Key[clauseStart..at];
                if (at > 0 && OtherUnits.Any(o => clause.Contains(o, StringComparison.Ordinal))) continue;
                var sentence = item.Key[(item.Key.LastIndexOf('。', Math.Max(0, at - 1)) + 1)..at];
                if (!SelfWords.Any(w => sentence.Contains(w, StringComparison.Ordinal))) continue;
                project.Reclaim("report_kind", item.Source(item.SentenceAt(at)), member: "OwnStatement");
                project.ReportKind = ReportKinds.SelfEvaluation;
                return;
            }
        }
    }

    private static readonly char[] ClauseEnds = ['。', '，', ',', '；', ';', '：', ':'];

    /// <summary>
    /// A form without its title ("项目名称 | …" first): a money row that puts the year's spending beside the points it
    /// earns ("年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分") is the self-evaluation form's; a target form
    /// has no spending yet and a monitoring form scores none (its "1-6月执行数", "全年预计执行数" say so). Thirteen dev
    /// documents print such a row; every one is a self-evaluation (R004, R014, R040, R199, R281, R310, R312 …).
    /// </summary>
    private static bool FromSelfEvaluationForm(ProjectDraft project, List<DocItem> text)
    {
        var row = text.FirstOrDefault(i => i.IsRow && SelfEvaluationMoneyRow().IsMatch(i.Key) && !MonitoringSpending().IsMatch(i.Key));
        if (row is null || !project.Claim("report_kind", row.Source(), member: "SelfEvaluationForm")) return false;
        project.ReportKind = ReportKinds.SelfEvaluation;
        return true;
    }

    /// <summary>
    /// A form without its title that states the year's goal in a row of its own ("年度总体目标 | …", "年度绩效总目标 |
    /// 产出指标 | …") and has no word of what was done (实际, 完成情况, 执行数, 得分) is a target form: a self-evaluation
    /// or monitoring form sets its goal beside the result (预期目标 | 实际完成情况). Of the readable forms with such a
    /// row and none of those words, all twenty-four are target forms (R018, R091, R135, R229, R248, R399, R423 …); every
    /// self-evaluation form with such a row prints one of them.
    /// </summary>
    private static bool FromTargetForm(ProjectDraft project, List<DocItem> text)
    {
        var row = text.FirstOrDefault(i => i.IsRow && i.Cells.Count > 1 && GoalRowLabel().IsMatch(LabelValues.LabelKey(i.Cells[0])));
        if (row is null || text.Any(i => OutcomeWord().IsMatch(i.Key))) return false;
        if (!project.Claim("report_kind", row.Source(), member: "TargetForm")) return false;
        project.ReportKind = ReportKinds.Target;
        return true;
    }

    [GeneratedRegex("^(?:项目)?(?:年度|总体|中期|长期)(?:绩效)?(?:总体|总)?目标$")]
    private static partial Regex GoalRowLabel();

    [GeneratedRegex("实际|完成值|完成情况|执行数|执行情况|执行率|得分|自评|评价|监控")]
    private static partial Regex OutcomeWord();

    [GeneratedRegex("执行数.*(?:分值|得分)")]
    private static partial Regex SelfEvaluationMoneyRow();

    [GeneratedRegex(@"预计|\d+\s*(?:-|—|至)\s*\d+\s*月")]
    private static partial Regex MonitoringSpending();

    /// <summary>Without a title, the most specific word anywhere decides (自评 before 评价, which it contains).</summary>
    private static bool DecideByPriority(ProjectDraft project, List<DocItem> items, (string Word, string Kind)[] kinds, string path,
        Func<string, string>? wordsOf = null)
    {
        foreach (var (word, kind) in kinds)
        {
            var item = items.FirstOrDefault(i => (wordsOf is null ? i.Key : wordsOf(i.Key)).Contains(word, StringComparison.Ordinal));
            if (item is null || !project.Claim("report_kind", item.Source(), member: path)) continue;
            project.ReportKind = kind;
            return true;
        }
        return false;
    }

    /// <summary>The kind a title names (Data/report-kind-words.tsv's title words, the first found decides), or null.</summary>
    internal static string? TitleKind(string title) =>
        Kinds.FirstOrDefault(k => title.Contains(k.Word, StringComparison.Ordinal)).Kind;

    private static bool DecideByTitle(ProjectDraft project, IEnumerable<DocItem> items)
    {
        foreach (var item in items)
        {
            if (TitleKind(item.Key) is not { } kind || !project.Claim("report_kind", item.Source())) continue;
            project.ReportKind = kind;
            return true;
        }
        return false;
    }
}

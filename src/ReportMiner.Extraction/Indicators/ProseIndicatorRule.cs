using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicators written in prose. Labelled lines ("指标：话务接通率，目标值≥90%，实际完成值93.2%") are read in any
/// report. Reports without an indicator table state goals in sentences, in paragraphs and in table cells alike
/// ("绩效目标为…满意度达到90%以上", "人员年流失率不高于20%", "确保话务接通率90%以上"): each gives an indicator and
/// its target, and a later statement of the same measure ("回访满意率93.62%", "接通率均值达到91.27%") its actual.
/// Indicator-like text that yields nothing is a warning on the project, not silence.
/// </summary>
public sealed partial class ProseIndicatorRule : IExtractionRule
{
    private const int ShortestName = 3;
    private const int LongestCellForProse = 400;
    private const int FewestHeadedResults = 2;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            var paragraphs = items.Where(i => !i.IsRow).ToList();
            var fromTables = project.Indicators.Count > 0;
            // Which part each paragraph lies in, worked out once for every reader below; none reads it after a table.
            var parts = fromTables ? [] : GoalSections.Parts(paragraphs);
            // Lists under level labels first: they know the levels that a labelled line ("数量指标：…") would lose.
            var levelled = fromTables ? [] : LevelledProseIndicators.Read(paragraphs, parts, results: project.ReportKind != ReportKinds.Target)
                .Concat(LevelledCellLists.Read(items.Where(i => i.IsRow), targetForm: project.ReportKind == ReportKinds.Target))
                .Concat(NamedValueSentences.Read(paragraphs));
            foreach (var indicator in levelled.Concat(paragraphs.SelectMany(LabelledIndicatorLines.Read)))
                if (!project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name)))
                    project.Indicators.Add(indicator);
            if (!fromTables)
            {
                var texts = items.SelectMany(Texts).ToList();
                var outcomes = 0;
                if (project.ReportKind != ReportKinds.Target)
                    foreach (var indicator in Outcomes(paragraphs, parts).Where(o => !project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, o.Name))))
                    {
                        project.Indicators.Add(indicator);
                        outcomes++;
                    }
                var stated = new StatedMeasures(texts, t => !Goal().IsMatch(t), Measure());
                // The names taken so far, looked up rather than scanned: a report may state thousands of goals.
                var named = project.Indicators.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var (item, sentence) in texts.Where(t => Goal().IsMatch(t.Sentence)))
                    ReadGoal(project, item, sentence, stated, named);
                var fromGoals = project.Indicators.Count - outcomes;
                // Goals paired with results, and the results under level headings where too few pair: read once, used twice.
                var pairing = project.ReportKind != ReportKinds.Target ? GoalResultPairs.Read(paragraphs, parts) : new GoalResultPairs.Reading([], []);
                foreach (var indicator in pairing.Paired)
                    if (!project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name)))
                        project.Indicators.Add(indicator);
                var beforeStatements = project.Indicators.Count;
                // Only where neither a table nor a goal gave any indicator: results restated beside goals are actuals.
                // Not under the goals; under a heading about something else only a satisfaction rate: any other rate in a
                // report's background (一、项目基本情况：…森林覆盖率75%) describes the place, not the project.
                if (project.ReportKind != ReportKinds.Target && fromGoals == 0)
                {
                    // Under a results heading that names a level ("1.产出指标完成情况。"), a stated rate takes its levels.
                    string? level1 = null, level2 = null;
                    for (var i = 0; i < paragraphs.Count; i++)
                    {
                        (level1, level2) = GoalResultPairs.LevelsAfter(TextKey.Simplify(paragraphs[i].Text), level1, level2);
                        if (parts[i] is ReportPart.Results or ReportPart.Unheaded) ReadStatements(project, paragraphs[i], level1, level2);
                    }
                    // A satisfaction rate is what the people served said of the project under a heading the outline does not
                    // name as results ("、项目绩效情况", its number dropped by the page) — but not in the background, where it
                    // is a past year's (一、项目概况：…上年度群众满意度95%). Other rates there may describe the place or the
                    // money, so only satisfaction is read.
                    var background = GoalSections.UnderBackground(paragraphs);
                    for (var i = 0; i < paragraphs.Count; i++)
                        if (parts[i] is ReportPart.Other && !background[i]) ReadStatements(project, paragraphs[i], null, null, name => Satisfaction().IsMatch(name));
                }
                // Last, and only where nothing but stated rates gave an indicator: lists of results under the outline's
                // level headings. Counts a goal already paired are read there with the goal's wording.
                if (beforeStatements == 0)
                    foreach (var indicator in HeadedResultLists.Read(paragraphs, parts, results: project.ReportKind != ReportKinds.Target))
                        if (!project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name)))
                            project.Indicators.Add(indicator);
                // Counts and rates under the outline's level headings when no goal restated them (see GoalResultPairs).
                var headed = pairing.Headed
                    .Where(h => !project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, h.Name) || i.Name.Contains(h.Name, StringComparison.Ordinal)))
                    .ToList();
                if (headed.Count >= FewestHeadedResults) project.Indicators.AddRange(headed);
                // Last of all: a report that lists its goals and reports no measure of its own has its goals as indicators.
                // Where every indicator read so far stands in that list (a goal read from its own clause, "…处理率达91%以上"),
                // the list is the report's goals, and its other measures are indicators too.
                var listed = GoalStatementLists.Read(paragraphs, parts, project.Year);
                if (project.Indicators.Count == 0) project.Indicators.AddRange(listed);
                else if (listed.Count > project.Indicators.Count && project.Indicators.All(i => listed.Any(l => IndicatorNames.SameIndicator(l.Name, i.Name))))
                    project.Indicators.AddRange(listed.Where(l => !project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, l.Name))).ToList());
                // Sentences under the outline's level-2 headings that close on a measure and its value, where no reader above
                // took that measure (under its own or a longer name).
                if (project.ReportKind != ReportKinds.Target)
                {
                    var taken = project.Indicators.Select(i => (i.Name, Key: TextKey.Name(i.Name))).ToList();
                    foreach (var indicator in HeadedProseBlocks.Read(paragraphs, parts))
                    {
                        var key = TextKey.Name(indicator.Name);
                        if (taken.Any(t => IndicatorNames.SameNameKey(t.Key, key) || t.Name.Contains(indicator.Name, StringComparison.Ordinal)
                                           || indicator.Name.Contains(t.Name, StringComparison.Ordinal))) continue;
                        project.Indicators.Add(indicator);
                        taken.Add((indicator.Name, key));
                    }
                }
                // Criteria of a scoring framework, each under its numbered heading and closing on its score.
                foreach (var indicator in ScoredCriterionHeadings.Read(paragraphs))
                    if (!project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name)))
                        project.Indicators.Add(indicator);
                // Rates stated under a goal heading with no goal word of their own, after every other reader so that none
                // of their conditions on what was read before changes; a measure already read under a longer name is not read again.
                foreach (var indicator in GoalSectionRates.Read(paragraphs, parts))
                    if (!project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name) || i.Name.EndsWith(indicator.Name, StringComparison.Ordinal)))
                        project.Indicators.Add(indicator);
                // Where nothing else gave one: measures listed right after the words that announce the indicators in running prose.
                if (project.Indicators.Count == 0)
                    project.Indicators.AddRange(AnnouncedMeasureLists.Read(paragraphs, results: project.ReportKind != ReportKinds.Target));
            }
            if (project.Indicators.Count == 0) WarnAboutUnread(project, paragraphs);
        }
    }

    private static void ReadGoal(ProjectDraft project, DocItem item, string sentence, StatedMeasures stated, HashSet<string> named)
    {
        foreach (Match m in Measure().Matches(sentence))
        {
            var name = NameOf(m.Groups["name"].Value);
            if (name is null || named.Contains(name)) continue;
            var target = QuantityParser.Parse(m.Groups["op"].Value + m.Groups["value"].Value);
            if (target?.Value is null) continue;
            var actual = stated.ActualOf(name);
            named.Add(name);
            var at = item.Text.IndexOf(sentence, StringComparison.Ordinal);
            var (level1, level2) = item.IsRow ? (null, null) : InlineLevelHeadings.At(item.Text, at);
            project.Indicators.Add(new IndicatorRecord
            {
                Level1 = level1, Level2 = level2, Name = name, Target = target, Actual = actual, Met = MetEvaluator.Compare(target, actual),
                Source = item.Source(item.SentenceAt(Math.Max(0, at))),
            });
        }
    }

    /// <summary>
    /// A self-evaluation that reports its results in sentences ("…配套垃圾桶243个，验收合格率100%。") states each
    /// measured rate once: a rate named before its percentage, in a sentence that sets no goal, is an indicator with
    /// that actual. Rates of the money (资金到位率, 支付率, 预算执行率) belong to the budget, not to the indicators; the
    /// money handed out to the people served (经费发放率, 补贴资金兑付率) is an output (R136, R350, R486).
    /// </summary>
    private static void ReadStatements(ProjectDraft project, DocItem item, string? level1, string? level2, Func<string, bool>? accepts = null)
    {
        foreach (var sentence in Sentences(item.Text).Where(s => !Goal().IsMatch(s)))
            foreach (Match m in StatedRate().Matches(sentence))
                foreach (var raw in SharedValueNames(m))
                {
                    var name = NameOf(Subject().Replace(raw, string.Empty));
                    if (name is null || accepts is not null && !accepts(name) || Generic().IsMatch(name) || MoneyMeasures.Names(name) && !MoneyMeasures.IsPayoutRate(name) || CompletionRate().IsMatch(name) || project.Indicators.Any(i => IndicatorNames.SameIndicator(i.Name, name))) continue;
                    if (QuantityParser.Parse(m.Groups["value"].Value) is not { Value: not null, Op: null } actual) continue;
                    project.Indicators.Add(new IndicatorRecord
                    {
                        Level1 = level1, Level2 = level2, Name = name, Actual = actual,
                        Source = item.SourceOf(sentence),
                    });
                }
    }

    /// <summary>
    /// The rates one statement gives: "覆盖率及资金到位率均为100%" states both rates at the one value that 均 shares
    /// out; without 均 the text before the value is one name.
    /// </summary>
    private static IEnumerable<string> SharedValueNames(Match m)
    {
        var name = m.Groups["name"].Value;
        if (!m.Groups["verb"].Value.StartsWith('均')) return [name];
        return RateConjunction().Split(name).Where(part => RateEnding().IsMatch(part));
    }

    private static void WarnAboutUnread(ProjectDraft project, List<DocItem> paragraphs)
    {
        foreach (var item in paragraphs.Where(p => LabelledIndicatorLines.LooksLabelled(p) || IsIndicatorLike(p.Text)).Take(3))
            project.Warnings.Add($"indicator-like text not read as an indicator: \"{Snippet.Of(item.Original)}\"");
    }

    /// <summary>A paragraph's sentences, or the cells of a table row that hold prose.</summary>
    private static IEnumerable<(DocItem Item, string Sentence)> Texts(DocItem item)
    {
        var parts = item.IsRow ? item.Cells.Distinct().Where(c => c.Length <= LongestCellForProse) : [item.Text];
        return parts.SelectMany(Sentences).Select(s => (item, s));
    }

    /// <summary>
    /// The measure's name without the words leading into it ("绩效目标为人员年流失率" → "人员年流失率"). A quoted phrase
    /// names what is measured ("“一件事一次办”主题项目数") and 的 joins words of one name ("不准确的事项数",
    /// "群众的满意度"): neither is where the name begins.
    /// </summary>
    private static string? NameOf(string raw)
    {
        var name = raw;
        foreach (Match lead in Lead().Matches(raw))
            if (!InsideQuotes(raw, lead.Index)) name = raw[(lead.Index + lead.Length)..];
        name = LeadingVerb().Replace(name, string.Empty);
        return name.Length < ShortestName || Generic().IsMatch(name) ? null : name;
    }

    private static bool InsideQuotes(string text, int at) => text.LastIndexOf('“', at) > text.LastIndexOf('”', at);

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', '；', ';', '，', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A measure (a rate, or a count: "…项目数", "…覆盖人次") and its value; 额 is left out, it names the money.
    [GeneratedRegex(@"(?<name>(?:[\u4e00-\u9fa5]|“[\u4e00-\u9fa5]{1,12}”){1,14}?(?:率|度|时长|数|人次|量))(?:均值|平均值|平均)?(?<op>不高于|不低于|不少于|不超过|不大于|不小于|高于|低于|大于|小于|超过|达到|保持在|控制在|≥|≤|>|<)?(?:为|达|是|在)?\s*(?<value>\d+(?:\.\d+)?\s*(?:%|‰|万人次|人次|万件|件|个|次|小时|分钟|秒|天|户|人)(?:以上|以下|以内)?)")]
    private static partial Regex Measure();

    // A rate and its percentage, nothing between them but a linking verb: "验收合格率100%", "群众满意度达98.5%".
    // "达到了" and "均为" (the rates before it share the value) link as plainly: "办证牌证率达到了100%".
    // At most sixteen characters before the ending, so a clause with no break reads back only as far as a rate's name
    // goes: 98% of the 256 rate and satisfaction names in the readable stems' gold are no longer.
    // No 、 in a name: rates listed with 、 are not read as one shared statement.
    [GeneratedRegex(@"(?<name>[\u4e00-\u9fa5]{2,16}?(?:率|满意度))(?<verb>均为|均达到|均达|达到了|为|达到|达)?(?<value>\d+(?:\.\d+)?%)(?![\d.])")]
    private static partial Regex StatedRate();

    [GeneratedRegex("(?:率|满意度)$")]
    private static partial Regex RateEnding();

    [GeneratedRegex("满意(?:度|率)$")]
    private static partial Regex Satisfaction();

    // A conjunction between two rates, only after a rate's own ending (a name holds no 、): 及 and 和 also stand inside a rate's name
    // ("资金及时到位率", "整改及时率"), where cutting would leave a rate without its subject.
    [GeneratedRegex("(?<=率|满意度)(?:以及|及|和)")]
    private static partial Regex RateConjunction();

    // "预算完成率" and the like: how much of the money was spent.
    [GeneratedRegex("完成率$")]
    private static partial Regex CompletionRate();

    // Whose rate it is, before the rate's own name: "年接线员整体工作接件率" → "接件率".
    [GeneratedRegex("^.*(?:整体工作|整体|工作)(?=.{2,})")]
    private static partial Regex Subject();

    // A sentence that sets a goal rather than reporting a result.
    [GeneratedRegex("目标|确保|力争|要求|计划|预期|不低于|不高于|不少于|不超过|不大于|不小于|以上|以下|以内|≥|≤")]
    private static partial Regex Goal();

    [GeneratedRegex("为|是|使|将|确保|保证|实现|提高|提升|力争|其中|要求|目标|、")]
    private static partial Regex Lead();

    [GeneratedRegex("^(达到|实现|确保|保持|提高|提升|力争|其中|全年|当年|整体|年度)+")]
    private static partial Regex LeadingVerb();

    // Bare measures of the money, not indicators of the project's output.
    [GeneratedRegex("^(完成率|执行率|到位率|支付率|增长率|比率|利用率|覆盖率|使用率)$")]
    private static partial Regex Generic();

    /// <summary>A measure named "…率/…度" with a percentage close after it, after 指标 on the same line.</summary>
    private static bool IsIndicatorLike(string text)
    {
        // Searched from the line's first 指标 once: "指标.*measure" as one pattern backtracks over the rest of the
        // line at every 指标, quadratic on a long glued line.
        foreach (var line in text.Split('\n'))
        {
            var first = line.IndexOf("指标", StringComparison.Ordinal);
            if (first >= 0 && RateWithPercent().IsMatch(line.AsSpan(first + 2))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5](?:率|度)[^，,。；;]{0,12}?\d+(?:\.\d+)?\s*%")]
    private static partial Regex RateWithPercent();
}

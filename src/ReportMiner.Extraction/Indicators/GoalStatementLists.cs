using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Reports whose goals are a list of measures in one sentence and whose results give no measure back: an evaluation
/// that opens on the goals ("2022年度绩效目标。新建高标准农田640万亩，同步发展高效节水灌溉167万亩"), a monitoring report
/// on a project not yet built ("预计年收入租金2万元，带动…2437口回汉群众受益"), an excerpt that ends after them
/// ("项目当年度目标：服务驻点人员在岗大于250天，…完成至少7个调研课题，…满意度大于90%等"; R163, R241, R289, R120).
/// There the goals are the indicators: each clause of the list that names a measure with its count, percentage or
/// comparator is one, the value its target. Where the results state measures of their own, a goal stated once is
/// background (see <see cref="GoalResultPairs"/>). Sums of money there are what the budget allots (项目总投资80万元), unless
/// they are earned (年收入租金2万元) or set per unit (亩均投入财政资金不少于1950元): then they are indicators too.
/// </summary>
public static partial class GoalStatementLists
{
    private const int ShortestName = 2;
    private const int LongestName = 30;
    private const int LongestClause = 60;
    private const int FewestIndicators = 2;
    private const int LongestHeading = 40;

    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts, int? year)
    {
        var indicators = new List<IndicatorRecord>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = TextKey.Simplify(paragraphs[p].Text);
            if (parts[p] == ReportPart.Results)
            {
                if (Sentences(text).SelectMany(Clauses).Any(c => Measure(c) is not null)) return [];
                continue;
            }
            // "2.2021年度绩效目标。…" beside "3.2022年度绩效目标。…": the goals of the year the report covers.
            if (year is not null && YearOfGoals().Match(text) is { Success: true } named && named.Groups["year"].Value != year.ToString()) continue;
            // Only where the text says that goals follow: words in the sentence ("目标为", "目标："), a paragraph that opens
            // with its label ("3.2022年度绩效目标。"), or the paragraph right under a heading about the goals alone. A part
            // headed "项目概况及绩效目标" describes the place and the project as much as it states goals.
            var sentences = Sentences(text).ToList();
            var labelled = sentences.Count > 1 && GoalLabel().IsMatch(sentences[0]);
            var headed = p > 0 && paragraphs[p - 1].Index == paragraphs[p].Index - 1 && IsGoalsOnlyHeading(TextKey.Simplify(paragraphs[p - 1].Text).Trim());
            var listed = new List<IndicatorRecord>();
            foreach (var sentence in sentences)
            {
                var lead = GoalLeadPattern.Match(sentence);
                if (!lead.Success && !labelled && !headed) continue;
                var body = lead.Success ? sentence[(lead.Index + lead.Length)..] : sentence;
                foreach (var (clause, (name, target)) in Clauses(body).SelectMany(ListedMeasures))
                    if (!listed.Concat(indicators).Any(i => IndicatorNames.SameIndicator(i.Name, name)))
                    {
                        var (level1, level2) = InlineLevelHeadings.At(text, text.IndexOf(clause, StringComparison.Ordinal));
                        listed.Add(new IndicatorRecord
                        {
                            Level1 = level1, Level2 = level2, Name = name, Target = target,
                            Source = paragraphs[p].SourceOf(clause),
                        });
                    }
            }
            // A goal list names several measures; one figure among the words is as likely background.
            if (listed.Count >= FewestIndicators) indicators.AddRange(listed);
        }
        return indicators;
    }

    private static bool IsGoalsOnlyHeading(string text) =>
        text.Length <= LongestHeading && NumberedHeading().IsMatch(text) && GoalSections.IsGoalHeading(text) && !Background().IsMatch(text);

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> Clauses(string sentence) =>
        sentence.Split(['，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => ListNumber().Replace(c, string.Empty));

    /// <summary>
    /// The measures a clause lists after 其中 ("…年度建设任务。其中：完成超限车辆电子抓拍监控设施点7个、支持普通国省道升级改造
    /// 11.94公里、支持普通国省道桥涵标维护5座", R719): the parts of the goal the sentence before stated, joined by 、, each
    /// with its own value. The clause is split at 、 only where every part is a measure, so that 、 inside a name
    /// ("道路、桥梁改造2处") stays; a list without 其中 ("总体目标：建成占地面积…、总建筑面积…") may describe the works as
    /// much as set their goals, and stays one clause. Each measure comes with the words it was read from; a clause that
    /// states none gives nothing.
    /// </summary>
    private static IEnumerable<(string Clause, (string Name, Quantity Target) Measure)> ListedMeasures(string clause)
    {
        if (PartsLead().Match(clause) is { Success: true } lead && MeasuredParts(clause[lead.Length..]) is { Count: > 1 } parts) return parts;
        return Measure(clause) is { } whole ? [(clause, whole)] : [];
    }

    /// <summary>
    /// The parts of a list joined by 、 with their measures, where every part is one; otherwise the list measured whole (or
    /// nothing), so that 、 inside a name ("道路、桥梁改造2处") stays.
    /// </summary>
    internal static IReadOnlyList<(string Clause, (string Name, Quantity Target) Measure)> MeasuredParts(string list)
    {
        var parts = list.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var measured = parts.Select(p => (Clause: p, Measure: Measure(p))).ToList();
        if (measured.Count > 1 && measured.All(m => m.Measure is not null)) return [.. measured.Select(m => (m.Clause, m.Measure!.Value))];
        return Measure(list) is { } whole ? [(list, whole)] : [];
    }

    /// <summary>The measure a clause names and the value it sets, or null for a clause that states none.</summary>
    internal static (string Name, Quantity Target)? Measure(string clause)
    {
        // A name of at most LongestName and its value: a longer clause is narrative, and is not matched at all.
        if (clause.Length > LongestClause) return null;
        string name, value, unit;
        if (Valued().Match(clause) is { Success: true } m)
            (name, value, unit) = (m.Groups["name"].Value, m.Groups["per"].Value + m.Groups["value"].Value, m.Groups["unit"].Value);
        else if (CountInside().Match(clause) is { Success: true } inside)
            (name, value, unit) = (inside.Groups["before"].Value + inside.Groups["after"].Value, inside.Groups["value"].Value, inside.Groups["unit"].Value);
        else return null;
        if (EnumerationTallies.ClosesList(name)) return null;
        name = Preamble().Replace(name, string.Empty);
        // "完成新建农村公共厕所50座", "支持普通国省道升级改造11.94公里": the verb says what the money does, its object counted
        // is the measure (R306, R719, R268's 实施). A rate keeps its word: "完成及时率100%" names the rate.
        if (unit is not ("%" or "‰")) name = Undertaking().Replace(name, string.Empty);
        if (name.Length is < ShortestName or > LongestName || name.Contains("指标", StringComparison.Ordinal) || NotAUnit().IsMatch(unit)) return null;
        // A sum of money in the goals is what the budget allots, unless it is earned or set per unit.
        if ((MoneyMeasures.Names(clause) || Allotted().IsMatch(clause) || unit.Contains('元')) && !EarnedOrPerUnit().IsMatch(clause)) return null;
        return QuantityParser.Parse(value) is { Value: not null } target ? (name, target) : null;
    }

    // A measure and its value closing the clause: "新建高标准农田640万亩", "满意度大于90%等", "覆盖服务人口4.52(万人)";
    // a unit may carry the one it also counts in ("40422套(间)", "14666台(套)", "10处(次)": R472, R030, R659).
    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fa5“”][\u4e00-\u9fa5“”、（）()A-Za-z0-9]*?[\u4e00-\u9fa5”）)])\s*(?<per>[村人户亩]均)?(?:共|为|是)?\s*(?<value>(?:大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|超过|至少|达到|达|≥|≤|>|<)?\s*约?\d+(?:\.\d+)?\s*(?<unit>%|‰|[(（]?[万千亿]?(?:[\u4e00-\u9fa5]{1,3}|[a-zA-Z]{1,3}(?:/[\u4e00-\u9fa5])?)[)）]?(?:[(（][\u4e00-\u9fa5]{1,2}[)）])?)(?:以上|以下|以内)?)等?$")]
    private static partial Regex Valued();

    // A count written before what it counts: "完成至少7个调研课题", "169处农村饮水工程维修养护", "带动2437口回汉群众受益",
    // "打造2部精品参赛作品" (部 counts works: R406).
    [GeneratedRegex(@"^(?<before>[\u4e00-\u9fa5“”]{0,20}?)(?<value>(?:不少于|至少|超过)?\d+(?:\.\d+)?(?<unit>人次|场次|个|处|人|户|口|条|座|场|项|家|所|辆|台|套|公里|亩|株|吨|名|篇|期|批|件|次|部))(?<after>[\u4e00-\u9fa5“”]{2,})等?$")]
    private static partial Regex CountInside();

    // Dates are deadlines and points are scores, not counts.
    [GeneratedRegex("^[(（]?(?:[年月日时号分]|余|多)")]
    private static partial Regex NotAUnit();

    // A sum invested in or allotted to the project: the budget's, like the money words.
    [GeneratedRegex("投资|下达|安排")]
    private static partial Regex Allotted();

    // What says a sum is earned by the project or set per unit, not allotted to it.
    [GeneratedRegex("收入|增收|租金|产值|均|每")]
    private static partial Regex EarnedOrPerUnit();

    // The year a paragraph of goals is for: "2021年度绩效目标".
    [GeneratedRegex(@"(?<year>\d{4})年度?(?:绩效)?目标")]
    private static partial Regex YearOfGoals();

    // Words before a measure that say when or how surely, not what: "项目实施后预计年收入租金".
    [GeneratedRegex("^(?:(?:项目)?(?:实施|建成|完成)后)?(?:预计|计划|力争|争取|确保|预期)?")]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^其中\s*[:：]\s*")]
    private static partial Regex PartsLead();

    // The verb before a counted object, when more than a word follows it.
    [GeneratedRegex(@"^(?:完成|实施|支持)(?=[\u4e00-\u9fa5“]{2})")]
    private static partial Regex Undertaking();

    // The words that say the goals follow: "目标为", "绩效目标是", "项目当年度目标：", "具体绩效目标如下：", "主要指标是"
    // (Data/goal-list-leads.tsv). The pattern is built once, when the class is first used.
    private static readonly Regex GoalLeadPattern = new(
        "(?:" + string.Join('|', EmbeddedData.Lines("Indicators.Data.goal-list-leads.tsv").Select(l => Regex.Escape(l.Trim()))) + ")(?:如下)?(?:为|是|：|:)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);


    /// <summary>Where in the sentence the words that say the goals follow begin, or null where it has none.</summary>
    internal static int? LeadAt(string sentence) => GoalLeadPattern.Match(sentence) is { Success: true } m ? m.Index : null;

    // A sentence that is the label of the goals after it: "3.2022年度绩效目标", "（二）总体目标".
    [GeneratedRegex(@"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?[\u4e00-\u9fa5\d]{0,16}目标$")]
    private static partial Regex GoalLabel();

    /// <summary>Whether a line opens with a heading's number: "2.财政衔接资金项目绩效目标设定情况", "（二）项目绩效目标", "三、".</summary>
    internal static bool OpensNumbered(string text) => NumberedHeading().IsMatch(text);

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")]
    private static partial Regex NumberedHeading();

    // Headings that take in the background, or another subject joined to the goals ("预算和绩效目标情况").
    [GeneratedRegex("概况|基本情况|概述|简介|背景|预算|[和及与]")]
    private static partial Regex Background();

    // The number of an item in the list: "1、", "(2)", "③", and the ordinal prose counts its items with ("一是…；二是…").
    [GeneratedRegex(@"^(?:\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]是(?=[\u4e00-\u9fa5]))\s*")]
    private static partial Regex ListNumber();
}

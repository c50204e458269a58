using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Prose reports that list their outputs twice: as counts under the goals ("一、绩效目标：实施安置项目123个、综合整治库岸
/// 78.77公里…", "总体绩效目标为治理水土流失面积1429.39hm") and again as counts under the results ("二、目标实现情况：完成安置项目
/// 123个、综合整治库岸82.6公里…"; R268, R280, R290). A measure listed on both sides in the same unit is an indicator:
/// the goal's wording names it and gives the target, the result gives the actual. Only pairs count: a figure written
/// once in a report's prose is background, not an indicator, and a report needs two pairs before any is believed.
/// Results written under a level heading ("1.产出指标完成情况", "(1)数量指标。") take its levels.
/// </summary>
public static partial class GoalResultPairs
{
    private const int ShortestName = 2;
    private const int LongestName = 30;
    private const int FewestPairs = 2;
    private const int FewestHeadedLevels = 2;
    private const double SimilarEnough = 0.7;
    // Every goal is compared with every result: a text listing more counts than this on a side is no prose report.
    // With names no longer than LongestName, pairing is bounded: at most 300 × 300 comparisons of 30 × 30 characters.
    private const int MostItems = 300;

    private static (List<Item> Targets, List<Item> Results) Collect(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts)
    {
        var targets = new List<Item>();
        var results = new List<Item>();
        string? level1 = null, level2 = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = TextKey.Simplify(paragraphs[p].Text);
            (level1, level2) = LevelsAfter(text, level1, level2);
            var underGoals = parts[p] == ReportPart.Goals;
            foreach (var sentence in text.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // "总体绩效目标为治理水土流失面积…" states a goal wherever it stands; its measures follow the words that say so.
                var goalAt = GoalLead().Match(sentence);
                var isGoal = underGoals || goalAt.Success;
                if (!isGoal && Planned().IsMatch(sentence)) continue;
                var body = goalAt.Success && !underGoals ? sentence[(goalAt.Index + goalAt.Length)..] : sentence;
                var side = isGoal ? targets : results;
                foreach (var item in Items(body, paragraphs[p], isGoal ? null : level1, isGoal ? null : level2))
                    if (side.Count < MostItems) side.Add(item with { Order = side.Count, Paragraph = p, Aside = Shortfall().IsMatch(sentence) });
            }
        }
        return (targets, results);
    }

    /// <summary>
    /// What the goals and results of a report give: <see cref="Paired"/> where enough goals pair with a result, else
    /// <see cref="Headed"/> (the pairs then say which counts are indicators, so at most one of the two holds any).
    /// </summary>
    public sealed record Reading(IReadOnlyList<IndicatorRecord> Paired, IReadOnlyList<IndicatorRecord> Headed);

    /// <summary>Collects a report's goals and results and pairs them, once for both readings.</summary>
    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static Reading Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts)
    {
        var (targets, results) = Collect(paragraphs, parts);
        var pairs = Pairs(targets, results);
        return pairs.Count >= FewestPairs ? new Reading(FromPairs(pairs, results), []) : new Reading([], HeadedResults(results, parts));
    }

    private static List<IndicatorRecord> FromPairs(List<(Item Goal, Item Result)> pairs, List<Item> results)
    {
        var indicators = new List<IndicatorRecord>();
        foreach (var (goal, result) in pairs.OrderBy(p => p.Goal.Order))
        {
            if (indicators.Any(i => IndicatorNames.SameIndicator(i.Name, goal.Name))) continue;
            indicators.Add(new IndicatorRecord
            {
                Level1 = result.Level1, Level2 = result.Level2, Name = goal.Name, Target = goal.Value, Actual = result.Value,
                Met = MetEvaluator.Compare(goal.Value, result.Value), Source = result.Source,
            });
        }
        // Once goals and results pair up, the results list is the indicators': its other counts, beside a paired one or
        // under a level heading ("(1)经济效益。人均产粮增加290kg/人"), are results whose goal the report does not restate.
        var paired = pairs.Select(p => p.Result).ToHashSet();
        var pairedParagraphs = paired.Select(r => r.Paragraph).ToHashSet();
        foreach (var result in results.Where(r => !paired.Contains(r) && !r.Embedded && (pairedParagraphs.Contains(r.Paragraph) || r.Level1 is not null || r.Level2 is not null)))
        {
            if (indicators.Any(i => IndicatorNames.SameIndicator(i.Name, result.Name))) continue;
            indicators.Add(new IndicatorRecord { Level1 = result.Level1, Level2 = result.Level2, Name = result.Name, Actual = result.Value, Source = result.Source });
        }
        return indicators;
    }

    /// <summary>
    /// Reports written to the national outline state each level's results under its numbered heading whether or not
    /// the goals were restated ("1.产出指标完成情况。…森林受害面积93.24公顷；火案查处率100%", "5.社会效益目标。项目处治
    /// 路线2条，覆盖乡镇1个。"): a count or a rate closing its clause there is that level's result. Read only where no
    /// goal pairs with a result (the pairs then say which counts are indicators). The caller believes them only where
    /// they add at least two measures: one count under a heading is as likely a remark ("共走访慰问驻保部队4次").
    /// </summary>
    private static List<IndicatorRecord> HeadedResults(List<Item> results, ReportPart[] parts)
    {
        // Level headings also stand in a report's goals and its background (二、绩效目标 1.产出指标…): only a part headed as
        // results (指标完成情况, 目标实现情况) reports what was reached.
        var indicators = new List<IndicatorRecord>();
        // A heading that names its own measure ("(1)项目完成数量。") is no level of the framework, and a unit longer than a
        // measure's ("2317具补助") is a clause cut inside its words.
        foreach (var result in results.Where(r => !r.Embedded && !r.Aside && parts[r.Paragraph] == ReportPart.Results && r.Level1 is not null
                     && (r.Level2 is null || IndicatorFramework.StartsWithFrameworkWord(r.Level2)) && MeasureUnit().IsMatch(r.Unit)))
            if (!indicators.Any(i => IndicatorNames.SameIndicator(i.Name, result.Name)))
                indicators.Add(new IndicatorRecord { Level1 = result.Level1, Level2 = result.Level2, Name = result.Name, Actual = result.Value, Source = result.Source });
        // A report written to the outline walks its levels one by one; counts under a single heading are as likely a list
        // of the year's activities ("召开会议3次，印发文件12份") as its measures.
        return indicators.Select(i => (i.Level1, i.Level2)).Distinct().Count() >= FewestHeadedLevels ? indicators : [];
    }

    /// <summary>A count and what it counts. <see cref="Embedded"/>: the count stood inside its clause ("完成对受灾群众362人实施
    /// 搬迁安置"); such a count is believed only where it pairs. <see cref="Aside"/>: the count stood in a sentence about
    /// what fell short or comes next ("仍有3个村未完成整改"), which a level heading's results may run on into.</summary>
    private sealed record Item(string Name, Quantity Value, string Unit, string? Level1, string? Level2, SourceRef Source, int Order = 0, int Paragraph = 0,
        bool Embedded = false, bool Aside = false);

    private static IEnumerable<Item> Items(string sentence, DocItem paragraph, string? level1, string? level2)
    {
        foreach (var piece in sentence.Split(['，', ',', '；', ';', '、', '：', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Counted().Match(piece);
            var embedded = !m.Success;
            if (embedded) m = CountInside().Match(piece);
            if (!m.Success || NotAUnit().IsMatch(m.Groups["unit"].Value) || !embedded && EnumerationTallies.ClosesList(m.Groups["name"].Value)) continue;
            var name = embedded
                ? LeadingWords().Replace(ReportSubjects.Strip(m.Groups["before"].Value), string.Empty) + m.Groups["after"].Value
                : LeadingWords().Replace(ReportSubjects.Strip(m.Groups["name"].Value), string.Empty);
            if (name.Length is < ShortestName or > LongestName || name.Any(char.IsAsciiDigit) || name.Contains("指标", StringComparison.Ordinal) || MoneyMeasures.Names(name) || name.Contains("投资", StringComparison.Ordinal)) continue;
            if (QuantityParser.Parse(m.Groups["value"].Value) is not { Value: not null } value) continue;
            yield return new Item(name, value, m.Groups["unit"].Value, level1, level2,
                paragraph.SourceOf(piece), Embedded: embedded);
        }
    }

    /// <summary>Each goal with the result in its unit whose name is most alike, best pairs first, each used once.</summary>
    private static List<(Item Goal, Item Result)> Pairs(List<Item> targets, List<Item> results)
    {
        var candidates = (from g in targets
                          from r in results
                          where g.Unit == r.Unit
                          let score = Likeness(g.Name, r.Name)
                          where score >= SimilarEnough
                          orderby score descending, g.Order, r.Order
                          select (Goal: g, Result: r)).ToList();
        // Looked up, not scanned: up to 300 × 300 candidates, each checked against every pair taken.
        var pairs = new List<(Item Goal, Item Result)>();
        var usedGoals = new HashSet<Item>(ReferenceEqualityComparer.Instance);
        var usedResults = new HashSet<Item>(ReferenceEqualityComparer.Instance);
        foreach (var c in candidates)
            if (!usedGoals.Contains(c.Goal) && !usedResults.Contains(c.Result))
            {
                usedGoals.Add(c.Goal);
                usedResults.Add(c.Result);
                pairs.Add(c);
            }
        return pairs;
    }

    /// <summary>1 for the same name, just under 1 when one holds the other ("库区地质灾害防治项目"), else the share of the longer
    /// name that the common subsequence covers ("治理地质灾害隐患" against "地质灾害隐患治理").</summary>
    private static double Likeness(string a, string b)
    {
        if (a == b) return 1;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 3 && longer.Contains(shorter, StringComparison.Ordinal)) return 0.99;
        return (double)CommonSubsequence(a, b) / longer.Length;
    }

    // One row of the table, on the stack: names are at most LongestName long, and this runs up to 300 × 300 times.
    private static int CommonSubsequence(string a, string b)
    {
        Span<int> row = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        foreach (var c in a)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = c == b[j - 1] ? diagonal + 1 : Math.Max(above, row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The levels a paragraph opens ("1.产出指标完成情况分析。" level 1; "(1)数量指标。…" level 2); a top heading without a
    /// level label closes them.</summary>
    internal static (string? Level1, string? Level2) LevelsAfter(string text, string? level1, string? level2)
    {
        var m = NumberedStart().Match(text);
        if (!m.Success) return (level1, level2);
        var rest = text[m.Length..].TrimStart();
        string? label = null, framework = null;
        for (var n = Math.Min(10, rest.Length); n >= 2 && label is null; n--)
        {
            var head = rest[..n];
            if (IndicatorFramework.IsLevelLabel(head)) (label, framework) = (head, head);
            // "(1)经济效益。": a label printed without its 指标, closed like a heading.
            else if (n <= 6 && !head.Contains('指') && n < rest.Length && "。.：:".Contains(rest[n]) && IndicatorFramework.IsLevelLabel(head + "指标"))
                (label, framework) = (head, head + "指标");
        }
        if (label is null || framework is null) return m.Groups["top"].Success ? (null, null) : (level1, level2);
        if (IndicatorFramework.IsLevel1Label(framework)) return (label, null);
        var owner = IndicatorFramework.OwnerOf(framework, carried: level1);
        return (owner, label);
    }

    [GeneratedRegex(@"^(?:(?<top>[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）])")]
    private static partial Regex NumberedStart();

    // A measure and its count closing the clause: "农村移民安置帮扶项目187个", "物流仓储中心约20000平方米", "治理水土流失面积1429.39hm".
    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fa5][\u4e00-\u9fa5（）()“”]*?)\s*(?:共|为|达|达到)?\s*(?<value>约?\d+(?:\.\d+)?\s*(?<unit>%|‰|[\u4e00-\u9fa5]{1,3}|[a-zA-Z]{1,3}(?:/[\u4e00-\u9fa5])?))$")]
    private static partial Regex Counted();

    // A count written inside its clause, before what it counts: "完成对受地质灾害影响2059人进行避险搬迁" (R268), "169处农村
    // 饮水工程维修养护" (R120), "带动2437口回汉群众受益" (R289). Only units of counted things, so the unit's end is certain.
    [GeneratedRegex(@"^(?<before>[\u4e00-\u9fa5“”]{0,20}?)(?<value>\d+(?:\.\d+)?(?<unit>人次|场次|个|处|人|户|口|条|座|场|项|家|所|辆|台|套|公里|亩|株|吨|名|篇|期|批|件|次))(?<after>[\u4e00-\u9fa5“”]{2,})$")]
    private static partial Regex CountInside();

    // Units of measure: a sign, a single character (个, 起, 台), or one of the longer units of length, area and visits.
    [GeneratedRegex("^(?:%|‰|[万千亿]?(?:[\u4e00-\u9fa5]|公里|公顷|人次|场次|户次|平方米|立方米|千米|小时|分钟)|[a-zA-Z]{1,3}(?:/[\u4e00-\u9fa5])?)$")]
    private static partial Regex MeasureUnit();

    // Money is the budget's, dates are deadlines, points are scores: none of them a count of outputs.
    [GeneratedRegex("元|^[年月日时号分]|^(?:余|多)")]
    private static partial Regex NotAUnit();

    // Words leading into a measure that name no part of it: "已", "共", "其中", "基本完成", "实施".
    // "共发生森林火灾3起" counts fires: 共发生 says how the count was taken.
    [GeneratedRegex("^(?:其中|已经|已|共计|共发生|共|累计|基本|全部|实际|完成|实施|开展|年内)+")]
    private static partial Regex LeadingWords();

    // The words that say a goal is stated: "目标为", "绩效目标是", "目标：".
    [GeneratedRegex("目标(?:为|是|：|:)")]
    private static partial Regex GoalLead();

    // A sentence about what fell short, why, or what to do about it reports no result of its own.
    [GeneratedRegex("问题|不足|差距|偏差|原因|建议|改进|整改|下一步|今后|未完成|未达到|未能")]
    private static partial Regex Shortfall();

    // A sentence outside the goals that still looks ahead is no result.
    [GeneratedRegex("目标|计划|预计|预期|力争|确保|将")]
    private static partial Regex Planned();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicators listed in prose under the framework's level labels, as published target notices and prose
/// self-evaluations write them: "数量指标：种植数量(≥**株)≥17600株；成活率(≥**%)≥85；时效指标：完成及时率≥100%。",
/// "质量指标：确保天桥质量，已完成；". Each level-2 label opens a part; its items, split at ；，。, are indicators
/// (name, then the value written after it). Where some items carry a value, the items without one are headings
/// ("★补助各类种植数量，…"), not indicators; where none does, the first item is the indicator and, in a report of
/// results, the rest is what was done. A value after a comparator sign (≥, ≤, >=) is a target in any report. The
/// template's hint "(≥**%)" is not part of a name.
/// </summary>
public static partial class LevelledProseIndicators
{
    private const int ShortestName = 2;
    private const int LongestName = 40;

    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static IEnumerable<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts, bool results)
    {
        string? level1 = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var item = paragraphs[p];
            // Values listed where the report states its goals are targets, whatever the report's kind.
            var reached = results && parts[p] != ReportPart.Goals;
            var text = TextKey.Simplify(item.Text);
            // A label inside an enumeration ("…、产出成本指标，效益指标下分…") describes the framework, it heads no list;
            // one after a list number ("1、数量指标：", "二、质量指标：") heads its list.
            var labels = Label().Matches(text)
                .Where(m => IndicatorFramework.IsLevelLabel(m.Groups["label"].Value) && !(m.Index > 0 && text[m.Index - 1] == '、' && !AfterListNumber(text, m.Index - 1)))
                .ToList();
            // A heading that is only a level-1 label ("一、产出指标") opens its part for the paragraphs below.
            if (labels.Count == 0 && Heading().Match(text) is { Success: true } heading && IndicatorFramework.IsLevel1Label(heading.Groups["label"].Value))
                level1 = heading.Groups["label"].Value;
            // So does a numbered heading that names a level 1 before what it reports of it ("3.满意度指标下达情况").
            else if (labels.Count == 0 && GoalResultPairs.LevelsAfter(text, null, null) is ({ } named, null))
                level1 = named;
            for (var n = 0; n < labels.Count; n++)
            {
                var label = IndicatorFramework.WithoutPoints(labels[n].Groups["label"].Value);
                var start = labels[n].Index + labels[n].Length;
                var end = n + 1 < labels.Count ? labels[n + 1].Index : text.Length;
                // A level 1 ("产出指标：") or a label right before another ("效益指标：经济效益指标：") only opens a part,
                // unless every item after the level 1 is a measure with its value ("效益指标：亩产提高≥10%；蔗糖分
                // 提高≥0.5%。"): forms without level-2 labels list the indicators right under the level 1.
                var opensOnly = IndicatorFramework.IsLevel1Label(label) && IndicatorFramework.Level1Of(label) is null;
                if (end - start <= 1 || opensOnly)
                {
                    if (IndicatorFramework.IsLevel1Label(label)) level1 = label;
                    var list = n == labels.Count - 1 ? WithoutCutTail(text[start..end]) : text[start..end];
                    if (end - start > 1 && opensOnly && AllValued(list))
                        foreach (var indicator in Part(list, label, null, reached, item, labels[n].Index))
                            yield return indicator;
                    continue;
                }
                var owner = IndicatorFramework.OwnerOf(label, carried: level1);
                foreach (var indicator in Part(text[start..end], owner, label, reached, item, labels[n].Index))
                    yield return indicator;
            }
        }
    }

    private static IEnumerable<IndicatorRecord> Part(string part, string? level1, string? level2, bool results, DocItem item, int at, bool states = false)
    {
        var pieces = Pieces(part);
        var source = item.Source(item.SentenceAt(at));
        // "第一，资助托养服务人次数年初指标值为不低于105人，全年实际完成值116人。": each sentence names its measure before
        // the label of its target.
        var sentences = part.Split(['。', '；', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => InlineTarget().Match(ListOrdinal().Replace(p, string.Empty)))
            .Where(m => m.Success && Name(m.Groups["name"].Value) is not null)
            .ToList();
        if (sentences.Count > 0)
        {
            foreach (var m in sentences)
            {
                var target = ValueOf(m.Groups["t"].Value);
                var actual = m.Groups["a"].Success ? ValueOf(m.Groups["a"].Value) : null;
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = Name(m.Groups["name"].Value)!, Target = target, Actual = actual,
                    Met = MetEvaluator.Compare(target, actual), Source = source,
                };
            }
            yield break;
        }
        // "…8个项目，年度指标值3000万元，实际支出2700万元，完成率90%": the values are labelled, the first item is the name.
        var labelled = pieces.Select(p => ValueLabel().Match(p)).Where(m => m.Success).ToList();
        if (labelled.Count > 0)
        {
            if (Name(pieces[0]) is not { } whole || ValueLabel().IsMatch(pieces[0])) yield break;
            var target = labelled.FirstOrDefault(m => m.Groups["target"].Success) is { } t ? QuantityParser.Parse(t.Groups["v"].Value) : null;
            var actual = labelled.FirstOrDefault(m => m.Groups["actual"].Success) is { } a ? QuantityParser.Parse(a.Groups["v"].Value) : null;
            yield return new IndicatorRecord
            {
                Level1 = level1, Level2 = level2, Name = whole, Target = target, Actual = actual,
                Met = MetEvaluator.Compare(target, actual), Source = source,
            };
            yield break;
        }
        var valued = pieces.Select(p => ValuedItem.Match(p)).Where(m => m.Success && Name(m.Groups["name"].Value) is not null).ToList();
        if (valued.Count > 0)
        {
            foreach (var piece in pieces)
            {
                var m = ValuedItem.Match(piece);
                if (!m.Success || Name(m.Groups["name"].Value) is null)
                {
                    // A goal stated as a state among measured goals ("文物保护名录和数据库基本健全") is a qualitative target.
                    if (states && StateOf(piece) is var (stated, state))
                        yield return new IndicatorRecord
                        {
                            Level1 = level1, Level2 = level2, Name = stated, Target = new Quantity(state, null, null, null), Source = source,
                        };
                    continue;
                }
                var value = QuantityParser.Parse(m.Groups["value"].Value);
                // A comparator sign ("≥17600株") is how a form states a goal; a result is written as the number reached.
                var isResult = results && !ComparatorSign().IsMatch(m.Groups["value"].Value);
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = Name(m.Groups["name"].Value)!,
                    Target = isResult ? null : value, Actual = isResult ? value : null, Source = source,
                };
            }
            yield break;
        }
        // "残疾人康复服务水平有所提高；社会氛围有所改善。": in a report of results, items that each end in a change say
        // what changed (the name) and how (the actual).
        var changes = part.Split(['；', ';', '。'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Changed().Match(p)).ToList();
        if (results && changes.Count >= 2 && changes.All(m => m.Success && Name(m.Groups["name"].Value) is not null))
        {
            foreach (var m in changes)
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = Name(m.Groups["name"].Value)!,
                    Actual = new Quantity(m.Groups["change"].Value, null, null, null), Source = source,
                };
            yield break;
        }
        if (pieces.Count == 0 || Name(pieces[0]) is not { } name) yield break;
        var done = results && pieces.Count > 1 ? QuantityParser.Parse(string.Join('，', pieces.Skip(1))) : null;
        yield return new IndicatorRecord { Level1 = level1, Level2 = level2, Name = name, Actual = done, Source = source };
    }

    /// <summary>The indicators of a list that states goals, each with its target; a goal stated as a state gives a qualitative one.</summary>
    public static IEnumerable<IndicatorRecord> Targets(string list, string? level1, string? level2, DocItem item) =>
        Part(list, level1, level2, results: false, item, Math.Max(0, item.Text.IndexOf(list[..Math.Min(list.Length, 8)], StringComparison.Ordinal)), states: true);

    /// <summary>The indicators of a list under a level's heading: what was reached in a report of results, the goals otherwise.</summary>
    public static IEnumerable<IndicatorRecord> Listed(string list, string? level1, string? level2, bool results, DocItem item) =>
        Part(list, level1, level2, results, item, Math.Max(0, item.Text.IndexOf(list[..Math.Min(list.Length, 8)], StringComparison.Ordinal)));

    /// <summary>
    /// The list without its last item when the excerpt stops inside it: the paragraph ends on no closing mark and that
    /// item closes on no value ("…试点县数量20个;2022年全区县域"), so it is the start of an item the page cut off.
    /// </summary>
    private static string WithoutCutTail(string list)
    {
        var trimmed = list.TrimEnd();
        if (trimmed.Length == 0 || "。；;！!.…)）”".Contains(trimmed[^1])) return list;
        var cut = trimmed.LastIndexOfAny(['；', ';', '，', ',', '。']);
        return cut > 0 && !IsValued(trimmed[(cut + 1)..].Trim()) ? trimmed[..cut] : list;
    }

    /// <summary>True when the part is a list whose every item is a measure followed by its value.</summary>
    public static bool AllValued(string part)
    {
        var pieces = Pieces(part);
        return pieces.Count > 0 && pieces.All(p => ValuedItem.Match(p) is { Success: true } m && Name(m.Groups["name"].Value) is not null);
    }

    /// <summary>
    /// True when the part is a list of measures with their values, among which a few goals may be stated as a state
    /// ("…≥20万人次；文物保护名录和数据库基本健全；文物保护修缮个数≥5个"): target forms mix the two, and one
    /// qualitative goal does not make the list a description. Measured items must outnumber the stated ones.
    /// </summary>
    public static bool ValuedWithStates(string part)
    {
        var pieces = Pieces(part);
        var valued = pieces.Count(IsValued);
        return valued > 0 && valued > pieces.Count - valued && pieces.All(p => IsValued(p) || StateOf(p) is not null);
    }

    private static bool IsValued(string piece) => ValuedItem.Match(piece) is { Success: true } m && Name(m.Groups["name"].Value) is not null;

    /// <summary>A goal written as the state it reaches: "管理制度基本健全" → ("管理制度", "基本健全").</summary>
    private static (string Name, string State)? StateOf(string piece) =>
        StatedGoal().Match(piece) is { Success: true } m && Name(m.Groups["name"].Value) is { } name ? (name, m.Groups["state"].Value) : null;

    private static List<string> Pieces(string part) =>
        part.Split(['；', ';', '。', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(IndicatorNames.WithoutTemplateHint)
            .Where(p => p.Length > 0)
            .ToList();

    /// <summary>A value read from prose; a date ("2023年12月底") is a deadline written in words, not a number.</summary>
    private static Quantity? ValueOf(string text) =>
        Date().IsMatch(text) ? new Quantity(text.Trim(), null, null, null) : QuantityParser.Parse(text);

    /// <summary>Whether the 、 at <paramref name="comma"/> ends a list number that opens the text or a sentence ("3、").</summary>
    private static bool AfterListNumber(string text, int comma) =>
        ListNumber().Match(text[..comma]) is { Success: true } number && (number.Index == 0 || (char.IsWhiteSpace(text[number.Index - 1]) || "。；;：:".Contains(text[number.Index - 1])));

    private static string? Name(string text)
    {
        var name = ReportSubjects.Strip(text.Trim().TrimStart('★', '☆', '▲', '△', '●', '○', '*', '※', '-', '—').Trim());
        return name.Length is < ShortestName or > LongestName || !name.Any(c => c is >= '\u4e00' and <= '\u9fa5') || name.Contains("指标", StringComparison.Ordinal)
            || NotAName().IsMatch(name) ? null : name;
    }

    // An ordinal that numbers the items ("第一，…") or the label of a value ("全年实际完成值100%") names no measure.
    [GeneratedRegex("^(?:第|其)[一二三四五六七八九十]{1,3}$|目标值|完成值|实际完成|实际值")]
    private static partial Regex NotAName();

    // A level label written as the head of a list: "数量指标：", "可持续影响指标，", "社会效益目标:".
    [GeneratedRegex(@"(?<label>[\u4e00-\u9fa5]{1,10}(?:指标|目标)(?:[(（]\d+(?:\.\d+)?分[)）])?)\s*[:：，,]")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:\d{1,2}|[一二三四五六七八九十]{1,3})$")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?<label>[\u4e00-\u9fa5]{2,8})\s*$")]
    private static partial Regex Heading();

    // An item whose value follows its name, after a linking 为 or not: "种植作物成活率>=85", "完成道路建设491米", "产值≥80万元",
    // "发放率100%达标", "资金到位率为100%". The comparator may be written in words ("外立面改造大于等于10157.6平方米",
    // "采纳率大于80%", "投诉次数至多3次"): it belongs to the value, not to the name. The comparators are Comparators'
    // own, so the pattern is built once when the class is first used; 达 only links the value reached ("覆盖率达95%").
    private static readonly Regex ValuedItem = new(
        @"^(?<name>.*?[\u4e00-\u9fa5)）])\s*(?:均为|为)?\s*(?<value>(?:" + Comparators.BeforePattern + @"|达)?\s*\d[\d.,]*\s*(?:%(?:以上|以下|以内|达标)?|‰|[\u4e00-\u9fa5a-zA-Z/]{0,6}))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);


    // A measure, the label of its target, and the label of what was reached: "项目完成时间年初指标值为2023年12月底，实际在规定
    // 时间内完成", "资助人次数年度目标值：105人，全年实际完成值116人".
    [GeneratedRegex(@"^(?<name>[^，,：:]{2,40}?)(?:年初|年度|全年)?(?:指标值|目标值|计划值)(?:为|是|[:：])?\s*(?<t>[^，,]+?)(?:[，,](?:全年|年底)?实际(?:完成值|完成数|值)?(?:为|是|[:：])?\s*(?<a>[^，,]+))?$")]
    private static partial Regex InlineTarget();

    [GeneratedRegex("^(?:第|其)[一二三四五六七八九十]{1,3}[，,、]")]
    private static partial Regex ListOrdinal();

    [GeneratedRegex(@"\d{4}年\d{1,2}月")]
    private static partial Regex Date();

    // An item that ends in a change: "…出行便利程度有所提高", "…社会氛围明显改善".
    [GeneratedRegex("^(?<name>.+?)(?<change>(?:有所|明显|显著|得到|进一步|逐步|大幅)(?:提高|提升|改善|增强|加强|增加))$")]
    private static partial Regex Changed();

    [GeneratedRegex(@"^\s*(?:[≥≤><＞＜≧≦]|=<|=>)")]
    private static partial Regex ComparatorSign();

    [GeneratedRegex(@"^(?:(?<target>年度指标值|年度目标值|指标值|目标值|计划值)|(?<actual>实际完成值|实际完成|实际值|完成值|实际支出))\s*[:：为]?\s*(?<v>.+)$")]
    private static partial Regex ValueLabel();

    // A goal named by what it reaches, no number: "…数据库基本健全", "…机制逐步完善", "…宣传覆盖面进一步拓宽".
    [GeneratedRegex("^(?<name>[^0-9０-９%]{2,30}?)(?<state>(?:基本|逐步|进一步|不断|持续|稳步|全面|明显|显著|有效|得到|有所)?(?:健全|完善|完备|规范|提高|提升|改善|增强|巩固|拓宽|落实|到位|达标|良好))$")]
    private static partial Regex StatedGoal();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Measures a report lists in running prose right after the words that announce its indicators, where the outline gives
/// them no heading or table of their own: a level written as an aspect ("一是产出指标方面，开展…活动130场，线下观众达到
/// 13万人次、线上活动观众数量72万人次", R406), the form's numbered slots written into a sentence ("绩效指标共设置8个，
/// 指标1：购买…服务1万份；指标2：公益慰问次数1次", R763), or the goals a level's paragraph names ("2. 产出。具体目标主要为
/// …设备故障率低于5%…", R512). Each clause that names a measure with its value is one indicator: under an aspect of a
/// report of results the value is what was reached, in a slot or after the goal words it is the target.
/// </summary>
public static partial class AnnouncedMeasureLists
{
    /// <summary>A report lists several measures; one figure after such words is as likely background.</summary>
    private const int FewestIndicators = 2;

    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, bool results)
    {
        var indicators = new List<IndicatorRecord>();
        foreach (var paragraph in paragraphs)
        {
            var text = TextKey.Simplify(paragraph.Text);
            var leads = Lead().Matches(text);
            for (var n = 0; n < leads.Count; n++)
            {
                var lead = leads[n];
                var start = lead.Index + lead.Length;
                var end = n + 1 < leads.Count ? leads[n + 1].Index : text.Length;
                var stop = ListEnd().Match(text, start);
                if (stop.Success && stop.Index < end) end = stop.Index;
                var level = lead.Groups["level"].Success ? lead.Groups["level"].Value + "指标" : null;
                if (level is not null && !IndicatorFramework.IsLevel1Label(level)) continue;
                var reached = results && level is not null;
                foreach (var (clause, (name, value)) in Clauses(text[start..end]))
                {
                    if (indicators.Any(i => IndicatorNames.SameIndicator(i.Name, name))) continue;
                    indicators.Add(new IndicatorRecord
                    {
                        Level1 = level, Name = name,
                        Target = reached ? null : value,
                        Actual = reached ? Reached(value) : null,
                        Source = paragraph.SourceOf(clause),
                    });
                }
            }
        }
        return indicators.Count >= FewestIndicators ? indicators : [];
    }

    /// <summary>A result is the figure reached: "达到13万人次" reports 13万人次, it sets no floor.</summary>
    private static Quantity Reached(Quantity value) =>
        QuantityParser.Parse(ReachedWord().Replace(value.Text, string.Empty)) is { Value: not null } figure ? figure : value with { Op = null };

    /// <summary>The measures of a list's clauses, split at ，；; and at 、 only where every part is a measure.</summary>
    private static IEnumerable<(string Clause, (string Name, Quantity Target) Measure)> Clauses(string list) =>
        list.Split(['，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(clause => DoubledComparator().Replace(clause, "$1"))
            .SelectMany(GoalStatementLists.MeasuredParts);

    [GeneratedRegex(@"^\s*(?:达到|达)")]
    private static partial Regex ReachedWord();

    // "至少达到98%" sets the floor once: the comparator, not 至少 in the name.
    [GeneratedRegex("(至少|不低于|不少于)达到")]
    private static partial Regex DoubledComparator();

    // "一是产出指标方面，", "效益指标方面：" (an aspect, its ordinal 一是 left out of the level); "指标1：" (a numbered slot
    // in a sentence, not after other words: "一级指标1" is no slot); "具体目标主要为", "具体绩效目标是".
    [GeneratedRegex(@"(?:[一二三四五六七八九十]是)?(?<level>[\u4e00-\u9fa5]{2,4})指标方面\s*[:：,，]?|(?<![\u4e00-\u9fa5])指标\s*\d{1,2}\s*[:：]|具体(?:绩效)?目标(?:主要)?(?:为|是|[:：])")]
    private static partial Regex Lead();

    // A list ends with its sentence or where the next numbered heading starts ("2.", "(二)").
    [GeneratedRegex(@"[。]|(?<![\d.])\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,2}[)）]")]
    private static partial Regex ListEnd();
}

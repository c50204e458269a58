using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Self-evaluations without an indicator table report each indicator in a sentence of its own that opens with the
/// measure's name and then labels its values: "建设占地面积：指标值为“约12000平方米”，全年实际完成值约20000平方米；",
/// "1)无障碍改造数，目标值大于等于85户，实际完成40". The name is the sentence's whole opening, so a sentence that
/// merely mentions a target value somewhere is not read. Level headings above ("(一)产出指标完成情况", "1、数量指标")
/// give the levels.
/// Some write the target's label right after the name, without a stop, and the actual's label after the target:
/// "养老金领取人数全年平均数年初任务数101974人，全年完成值103119人", "…每月中旬发放指标为100%实际完成值为100%". Both labels
/// are needed there, since "专项经费指标为36万元" alone is money, and one sentence may run several together. A level
/// label standing alone as a sentence ("数量指标。") heads the sentences after it.
/// </summary>
public static partial class NamedValueSentences
{
    private const int ShortestName = 2;

    public static IEnumerable<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs)
    {
        string? level1 = null, level2 = null;
        foreach (var item in paragraphs)
        {
            var text = TextKey.Simplify(item.Text);
            var (next1, next2) = GoalResultPairs.LevelsAfter(text, level1, level2);
            // "4.成本指标" numbered after "3.时效指标" is a level 2 beside it, though newer forms make 成本指标 a level 1.
            (level1, level2) = next2 is null && next1 is not null && level1 is not null && level2 is not null && next1 != level1
                && IndicatorFramework.Level1Of(next1) is { } owner && owner != next1 && IndicatorFramework.CanHold(level1, next1)
                ? (level1, next1) : (next1, next2);
            foreach (var (sentence, at) in Sentences(text))
            {
                // A numbered heading ("3.时效指标") was read by LevelsAfter, with its number left out.
                if (sentence.All(c => c is >= '\u4e00' and <= '\u9fa5') && IndicatorFramework.IsLevelLabel(sentence) && !IndicatorFramework.IsLevel1Label(sentence))
                {
                    level2 = sentence;
                    level1 = IndicatorFramework.OwnerOf(sentence, carried: level1);
                    continue;
                }
                if (Named().Match(sentence) is not { Success: true } m)
                {
                    foreach (var glued in Glued(text, sentence, at, level1, level2, item))
                        yield return glued;
                    continue;
                }
                var name = IndicatorNames.Clean(m.Groups["name"].Value);
                if (!IsName(name)) continue;
                var target = IndicatorValues.Read(m.Groups["t"].Value);
                if (target is null) continue;
                var actual = Reached().Match(m.Groups["rest"].Value) is { Success: true } a ? IndicatorValues.Read(a.Groups["a"].Value) : null;
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = name, Target = target, Actual = actual,
                    Met = MetEvaluator.Compare(target, actual),
                    Source = item.Source(item.SentenceAt(At(item, text, sentence, at))),
                };
            }
        }
    }

    private static IEnumerable<IndicatorRecord> Glued(string text, string sentence, int sentenceAt, string? level1, string? level2, DocItem item)
    {
        // Every actual's label the pattern knows holds 完成 or is 实际值: most sentences of a long report hold neither,
        // and the pattern would otherwise be tried from every Chinese character of them.
        if (!sentence.Contains("完成", StringComparison.Ordinal) && !sentence.Contains("实际值", StringComparison.Ordinal)) yield break;
        foreach (Match m in GluedLabels().Matches(sentence))
        {
            var name = IndicatorNames.Clean(WithoutLevelLabel(m.Groups["name"].Value));
            if (!IsName(name)) continue;
            var target = IndicatorValues.Read(m.Groups["t"].Value);
            var actual = IndicatorValues.Read(m.Groups["a"].Value);
            if (target is null || actual is null) continue;
            yield return new IndicatorRecord
            {
                Level1 = level1, Level2 = level2, Name = name, Target = target, Actual = actual,
                Met = MetEvaluator.Compare(target, actual),
                Source = item.Source(item.SentenceAt(At(item, text, m.Value, sentenceAt + m.Index))),
            };
        }
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed, each with where it starts.</summary>
    private static IEnumerable<(string Sentence, int At)> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(SentenceBreaks, start);
            if (end < 0) end = text.Length;
            var piece = text[start..end];
            var sentence = piece.Trim();
            if (sentence.Length > 0) yield return (sentence, start + piece.Length - piece.TrimStart().Length);
            start = end + 1;
        }
    }

    private static readonly char[] SentenceBreaks = ['。', '；', ';', '\n'];

    /// <summary>
    /// Where a piece read at <paramref name="at"/> of the simplified <paramref name="text"/> stands in the item's text:
    /// the same place where simplifying kept every position, else where the whole piece is found (never a piece that
    /// only opens alike).
    /// </summary>
    private static int At(DocItem item, string text, string piece, int at) =>
        text.Length == item.Text.Length ? at : Math.Max(0, item.Text.IndexOf(piece, StringComparison.Ordinal));

    private static bool IsName(string name) =>
        name.Length >= ShortestName && CellKinds.IsLabel(name) && !name.Contains("指标", StringComparison.Ordinal);

    /// <summary>"成本指标国家规定标准发放" → "国家规定标准发放": a heading run into its first sentence.</summary>
    private static string WithoutLevelLabel(string name)
    {
        var end = name.IndexOf("指标", StringComparison.Ordinal);
        return end > 0 && IndicatorFramework.IsLevelLabel(name[..(end + 2)]) ? name[(end + 2)..] : name;
    }

    // Name (after a list number), a separator, the target's label and the target, quoted or not; the rest of the sentence.
    [GeneratedRegex(@"^(?:[(（]?\d{1,2}[)）、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、])?\s*(?<name>[^，,：:“”""]{2,40}?)\s*[:：，,]\s*(?:年初|年度|全年)?(?:指标值|目标值)(?:为|是|[:：])?\s*[“""]?(?<t>[^，,“”""]+)[”""]?(?<rest>.*)$")]
    private static partial Regex Named();

    // A name, the target's label glued to it, the target, then the actual's label and the actual: "全年缴费人数年初任务数
    // 216786人，全年完成值201201人". The name opens with a word (a list number is not part of it) and may hold digits
    // ("每年3月、9月份发放") but no space nor decimal point: "休息点 7.00 0.00 目标值2座" is a table's cells run together.
    // A value is a number with its unit, so the next name starts right after it.
    [GeneratedRegex(@"(?<name>[\u4e00-\u9fa5“][^，,：:。；;%.．\s]{1,39}?)(?:年初|年度|全年)?(?:任务数|指标值|目标值|计划数|计划值|指标)(?:为|是|[:：])?\s*(?<t>(?:[≥≤><]=?|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fa5]{1,3})?)[，,]?\s*(?:全年|年底|年末)?(?:实际完成值|实际完成数|实际完成|实际值|完成值|完成数)(?:为|是|[:：])?\s*(?<a>\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fa5]{1,3})?)")]
    private static partial Regex GluedLabels();

    // What was reached, labelled anywhere after the target: "全年实际完成值为0", "完成值为100%", "实际完成40".
    [GeneratedRegex(@"(?:实际完成值|实际完成数|实际完成|实际值|完成值)(?:为|是|[:：])?\s*(?<a>[^，,]+)")]
    private static partial Regex Reached();
}

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
            (level1, level2) = GoalResultPairs.LevelsAfter(text, level1, level2);
            foreach (var sentence in text.Split(['。', '；', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Named().Match(sentence) is not { Success: true } m) continue;
                var name = IndicatorNames.Clean(m.Groups["name"].Value);
                if (name.Length < ShortestName || !CellKinds.IsLabel(name) || name.Contains("指标", StringComparison.Ordinal)) continue;
                var target = IndicatorValues.Read(m.Groups["t"].Value);
                if (target is null) continue;
                var actual = Reached().Match(m.Groups["rest"].Value) is { Success: true } a ? IndicatorValues.Read(a.Groups["a"].Value) : null;
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = name, Target = target, Actual = actual,
                    Met = MetEvaluator.Compare(target, actual),
                    Source = item.Source(item.SentenceAt(Math.Max(0, item.Text.IndexOf(sentence[..Math.Min(6, sentence.Length)], StringComparison.Ordinal)))),
                };
            }
        }
    }

    // Name (after a list number), a separator, the target's label and the target, quoted or not; the rest of the sentence.
    [GeneratedRegex(@"^(?:[(（]?\d{1,2}[)）、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、])?\s*(?<name>[^，,：:“”""]{2,40}?)\s*[:：，,]\s*(?:年初|年度|全年)?(?:指标值|目标值)(?:为|是|[:：])?\s*[“""]?(?<t>[^，,“”""]+)[”""]?(?<rest>.*)$")]
    private static partial Regex Named();

    // What was reached, labelled anywhere after the target: "全年实际完成值为0", "完成值为100%", "实际完成40".
    [GeneratedRegex(@"(?:实际完成值|实际完成数|实际完成|实际值|完成值)(?:为|是|[:：])?\s*(?<a>[^，,]+)")]
    private static partial Regex Reached();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Self-evaluations written to the national outline report a level-2 part under its numbered heading ("(2)社会效益",
/// "(3)生态效益。") in sentences, not as a list: "2023年通过农机购置补贴政策直接受益户5户,作业面积及受益面积达到5000余亩,
/// 间接受益户达到320户。通过探讨…". The heading opens a block that runs over its own line and at most two paragraphs
/// after it, until the next numbered heading. A clause of the block is an indicator only when it closes on its value and
/// the words before the value end as a measure's name does (Data/prose-measure-endings.tsv); its name starts after the
/// words leading into it (Data/prose-name-leads.tsv). Sums of money are the budget's, and the report's goals are read elsewhere.
/// </summary>
public static partial class HeadedProseBlocks
{
    private const int ParagraphsAfterHeading = 2;
    private const int ShortestName = 2;
    private const int LongestName = 16;
    private const int LongestParagraph = 400;

    private static readonly string[] Endings = EmbeddedData.Lines("Indicators.Data.prose-measure-endings.tsv").ToArray();
    private static readonly string[] Leads = EmbeddedData.Lines("Indicators.Data.prose-name-leads.tsv").ToArray();

    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts)
    {
        var indicators = new List<IndicatorRecord>();
        // The names' keys, reduced once: a block of thousands of clauses would reduce each name again for every pair.
        var keys = new List<string>();
        string? level1 = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = TextKey.Simplify(paragraphs[p].Text).Trim();
            (level1, _) = GoalResultPairs.LevelsAfter(text, level1, null);
            if (parts[p] is not (ReportPart.Results or ReportPart.Unheaded) || Heading().Match(text) is not { Success: true } heading) continue;
            if (LevelsOf(heading, level1) is not var (owner, level2)) continue;
            var block = new List<(DocItem Item, string Text)> { (paragraphs[p], text[heading.Length..]) };
            for (var q = p + 1; q <= p + ParagraphsAfterHeading && q < paragraphs.Count && paragraphs[q].Index == paragraphs[q - 1].Index + 1; q++)
            {
                var next = TextKey.Simplify(paragraphs[q].Text).Trim();
                if (next.Length > LongestParagraph || GoalStatementLists.OpensNumbered(next)) break;
                block.Add((paragraphs[q], next));
            }
            foreach (var (item, body) in block)
                foreach (var indicator in Clauses(WithoutGluedHeading(body), owner, level2, item))
                {
                    var key = TextKey.Name(indicator.Name);
                    if (keys.Any(k => IndicatorNames.SameNameKey(k, key))) continue;
                    indicators.Add(indicator);
                    keys.Add(key);
                }
        }
        return indicators;
    }

    /// <summary>The heading's levels when its label is a level 2 of the framework ("社会效益", "数量指标"), else null.</summary>
    private static (string? Level1, string Level2)? LevelsOf(Match heading, string? level1)
    {
        var label = heading.Groups["label"].Value + (heading.Groups["tail"].Value.StartsWith("指标", StringComparison.Ordinal) ? "指标" : string.Empty);
        var framework = label.EndsWith("指标", StringComparison.Ordinal) ? label : label + "指标";
        if (!IndicatorFramework.IsLevelLabel(framework) || IndicatorFramework.IsLevel1Label(framework)) return null;
        var owner = IndicatorFramework.OwnerOf(framework, carried: level1);
        return (owner, label);
    }

    private static IEnumerable<IndicatorRecord> Clauses(string body, string? level1, string level2, DocItem item)
    {
        foreach (var clause in body.Split(['。', '；', ';', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var m = MeasuredClause().Match(LeadingYear().Replace(clause, string.Empty));
            if (!m.Success || m.Groups["value"].Value.Contains('元')) continue;
            if (NameOf(m.Groups["before"].Value) is not { } name) continue;
            if (QuantityParser.Parse(m.Groups["value"].Value) is not { Value: not null } actual) continue;
            yield return new IndicatorRecord
            {
                Level1 = level1, Level2 = level2, Name = name, Actual = actual,
                Source = item.SourceOf(clause),
            };
        }
    }

    private static string? NameOf(string before)
    {
        var name = before.Trim();
        foreach (var lead in Leads)
        {
            var at = name.LastIndexOf(lead, StringComparison.Ordinal);
            if (at >= 0 && name.Length - at - lead.Length >= ShortestName) name = name[(at + lead.Length)..];
        }
        return name.Length is < ShortestName or > LongestName || name.Contains("指标", StringComparison.Ordinal) || MoneyMeasures.Names(name)
            || !Endings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) ? null : name;
    }

    /// <summary>The text before a numbered heading run on after a full stop ("…兑付率100%。2.效益指标完成情况分析").</summary>
    private static string WithoutGluedHeading(string text) => GluedHeading().Match(text) is { Success: true } m ? text[..m.Index] : text;

    // A numbered heading that is a label and nothing more, closed by a full stop, a colon or the end of its line:
    // "(2)社会效益", "(3)生态效益。…", "1.数量指标。…", "2.质量指标完成情况：".
    [GeneratedRegex(@"^(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])\s*(?<label>[\u4e00-\u9fa5]{2,8}?)(?<tail>(?:指标)?(?:完成情况(?:分析)?)?)\s*(?:[。.．:：]|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<=。)\s*(?:\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）])")]
    private static partial Regex GluedHeading();

    [GeneratedRegex(@"^\d{4}年度?")]
    private static partial Regex LeadingYear();

    // A clause that closes on its value, nothing but a linking verb between the words and the figure: "间接受益户达到320户",
    // "保土率59.79%", "作业面积及受益面积达到5000余亩". The words hold no figure: a clause with two ("经费发放率为98%覆盖率…")
    // runs measures together and is not read here.
    [GeneratedRegex(@"^(?<before>[^\d%％]{2,40}?)(?:均为|均达到|达到了|达到|为|达)?(?<value>\d+(?:\.\d+)?余?(?:%|‰|[\u4e00-\u9fa5a-zA-Z/]{1,4}))(?:以上)?$")]
    private static partial Regex MeasuredClause();
}

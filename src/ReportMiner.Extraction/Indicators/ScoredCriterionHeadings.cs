using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Evaluations written against a scoring framework go through it criterion by criterion: a numbered heading alone on
/// its line names the criterion, often with its points ("(1)项目立项(2分)", "1、县级履行支出责任情况"), and the
/// paragraphs under it close on the score it got ("…程序完整,执行程序规范。自评得2分。", "…指标评价得分4分。").
/// Each such heading is an indicator with its weight and score; the headings above it that stand for the framework's
/// parts — carrying points or a score themselves, a framework label, or an aspect ("资金保障方面") — are its levels.
/// One scored heading alone may be the report's total under a section heading ("三、完成情况" … "自评得分99.5分"),
/// so a criterion counts only beside another one or under a part whose own line carries points or a score; a heading
/// named for a part ("2、项目过程情况，自评得分32分") is that part's total, not a criterion.
/// </summary>
public static partial class ScoredCriterionHeadings
{
    private const int ParagraphsUnderHeading = 4;
    private const int FewestCriteria = 2;
    private const double FullMarks = 100;

    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs)
    {
        var keys = paragraphs.Select(p => TextKey.Simplify(p.Text).Trim()).ToArray();
        var lines = keys.Select(k => HeadingLine().Match(k)).ToArray();
        var headings = new List<Heading>();
        for (var p = 0; p < paragraphs.Count; p++)
            if (lines[p] is { Success: true } m)
                headings.Add(new Heading(p, RankOf(m.Groups["number"].Value), Title(m.Groups["title"].Value),
                    Number(m.Groups["points"]), Number(m.Groups["score"]) ?? ScoreUnder(keys, lines, p), m.Groups["points"].Success || m.Groups["score"].Success));
        var criteria = new List<(Heading Heading, List<Heading> Parents)>();
        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            // A heading with deeper ones under it is a part of the framework, not a criterion; so is one named for a part
            // ("2、项目过程情况，自评得分32分").
            if (heading.Score is null || h + 1 < headings.Count && headings[h + 1].Rank > heading.Rank || IsPartWord(heading.Title)) continue;
            criteria.Add((heading, Parents(headings, h)));
        }
        if (criteria.Count < FewestCriteria && !criteria.Any(c => c.Parents.Any(p => p.Scored))) return [];
        var indicators = new List<IndicatorRecord>();
        foreach (var (heading, parents) in criteria)
        {
            var parts = parents.Where(p => p.Points is not FullMarks && (p.Scored || IsPartWord(p.Title) || EvaluationLevels.IsLevel2Word(p.Title) || p.Title.EndsWith("方面", StringComparison.Ordinal))).ToList();
            // The framework's level 1 ("(一)投入(满分15分,实得15分)") opens the levels; a scored heading above it is the report's conclusion.
            var first = parts.FindIndex(p => IsPartWord(p.Title));
            if (first > 0) parts = parts[first..];
            indicators.Add(new IndicatorRecord
            {
                Level1 = parts.Count > 0 ? parts[0].Title : null, Level2 = parts.Count > 1 ? parts[^1].Title : null,
                Name = heading.Title, Weight = heading.Points, Score = heading.Score,
                Source = paragraphs[heading.At].Source(paragraphs[heading.At].SentenceAt(0)),
            });
        }
        return indicators;
    }

    /// <param name="Scored">Whether the heading's own line carries points or a score.</param>
    private sealed record Heading(int At, int Rank, string Title, double? Points, double? Score, bool Scored);

    /// <summary>The headings above the one at <paramref name="h"/>, outermost first.</summary>
    private static List<Heading> Parents(List<Heading> headings, int h)
    {
        var parents = new List<Heading>();
        var rank = headings[h].Rank;
        for (var k = h - 1; k >= 0 && rank > 1; k--)
            if (headings[k].Rank < rank)
            {
                parents.Insert(0, headings[k]);
                rank = headings[k].Rank;
            }
        return parents;
    }

    /// <summary>A level-1 label of either framework or a label of the national one, bare or as a report's part names it ("项目投入情况").</summary>
    private static bool IsPartWord(string title)
    {
        var core = title.StartsWith("项目", StringComparison.Ordinal) && title.Length > 4 ? title[2..] : title;
        if (core.EndsWith("情况", StringComparison.Ordinal) && core.Length > 3) core = core[..^2];
        return EvaluationLevels.IsLevel1Word(core) || IndicatorFramework.IsLevelLabel(title);
    }

    /// <summary>The score the paragraphs right under a heading close on, up to the next heading.</summary>
    private static double? ScoreUnder(string[] keys, Match[] headingLines, int at)
    {
        double? score = null;
        for (var q = at + 1; q < keys.Length && q <= at + ParagraphsUnderHeading; q++)
        {
            if (headingLines[q].Success) break;
            foreach (Match m in GivenScore().Matches(keys[q])) score = double.Parse(m.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return score;
    }

    private static double? Number(Group group) =>
        group.Success ? double.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Title(string raw) => raw.Trim().TrimEnd('：', ':', '。', '，', ',').Trim();

    private static int RankOf(string number) =>
        number.StartsWith('(') ? (char.IsDigit(number[1]) ? 4 : 2) : char.IsDigit(number[0]) ? 3 : 1;

    // A numbered heading alone on its line: the number ("一、", "(一)", "1、", "1.", "(1)"), the title, its points and
    // the score it got ("(2分)", "(满分5分,实得5分)", "，指标评价得分12"), nothing else.
    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}(?:、|\.(?!\d))|\(\d{1,2}\))\s*(?<title>[\u4e00-\u9fa5“”、]{2,30}?)\s*(?:\((?:满分)?(?<points>\d{1,3}(?:\.\d+)?)分(?:[,，]\s*(?:实得|自评得分?|得分|得)(?<score>\d{1,3}(?:\.\d+)?)分)?\))?\s*(?:[,，]\s*(?:指标)?(?:自评|评价)?得分(?:为)?\s*(?<score>\d{1,2}(?:\.\d+)?)分?)?\s*[:：。]?$")]
    private static partial Regex HeadingLine();

    // The score a criterion got: "自评得2分", "指标评价得分4分", "得分为3分"; a scoring rule's "得1分" says what could be got.
    [GeneratedRegex(@"(?:(?:自评|评价)得分?|得分)(?:为|:)?\s*(?<v>\d{1,2}(?:\.\d+)?)分")]
    private static partial Regex GivenScore();
}

using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The parts of a report that state its goals rather than its results: a numbered heading about the goals
/// ("一、绩效目标分解下达情况", "（二）项目绩效目标设定情况", "3.具体绩效指标与目标值") opens one, and it runs until the next
/// heading of the same or a higher rank ("二、绩效目标完成情况分析"), or a heading inside it about results. Values listed
/// there are targets, in a self-evaluation or a monitoring report as much as in a target form.
/// </summary>
public static partial class GoalSections
{
    private const int LongestHeading = 40;

    /// <summary>For each paragraph, true when it lies in a part that states goals.</summary>
    public static bool[] Of(IReadOnlyList<DocItem> paragraphs) => Parts(paragraphs).Select(p => p == ReportPart.Goals).ToArray();

    /// <summary>For each paragraph, the part it lies in: under a heading about goals, one about results, only headings
    /// that say neither (一、项目基本情况), or no heading at all.</summary>
    public static ReportPart[] Parts(IReadOnlyList<DocItem> paragraphs) =>
        // Each open heading: true for goals, false for results, null for a heading that says neither. The innermost
        // heading that says goals or results decides ("三、绩效目标" over "（一）产出目标完成情况" is results).
        OpenHeadings(paragraphs, text => IsGoalHeading(text) ? true : Results().IsMatch(text) ? false : (bool?)null)
            .Select(open => open.LastOrDefault(h => h.Kind is not null).Kind switch
            {
                true => ReportPart.Goals,
                false => ReportPart.Results,
                null => open.Count > 0 ? ReportPart.Other : ReportPart.Unheaded,
            })
            .ToArray();

    /// <summary>For each paragraph, true when a numbered heading above it opens the report's background (一、项目概况,
    /// （一）项目基本情况, 立项背景): what it states describes the place and the years before, not the project's results.</summary>
    public static bool[] UnderBackground(IReadOnlyList<DocItem> paragraphs) =>
        OpenHeadings(paragraphs, Background().IsMatch).Select(open => open.Exists(h => h.Kind)).ToArray();

    /// <summary>
    /// At each paragraph, the numbered headings still open above it, outermost first, each with what
    /// <paramref name="kindOf"/> says of it: a heading closes the open ones of its rank and below. The list is reused
    /// from one paragraph to the next, so it is read before moving on.
    /// </summary>
    private static IEnumerable<List<(int Rank, T Kind)>> OpenHeadings<T>(IReadOnlyList<DocItem> paragraphs, Func<string, T> kindOf)
    {
        var open = new List<(int Rank, T Kind)>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text.Trim();
            if (RankOf(text) is { } rank)
            {
                open.RemoveAll(h => h.Rank >= rank);
                open.Add((rank, kindOf(text)));
            }
            yield return open;
        }
    }

    /// <summary>
    /// The sentences of the paragraphs whose part <paramref name="wanted"/> accepts, each with its paragraph, in order:
    /// the text cut at full stops, semicolons and line breaks (not at commas), as written, untrimmed.
    /// </summary>
    public static IEnumerable<(DocItem Item, string Sentence)> Sentences(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts, Func<ReportPart, bool> wanted)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (!wanted(parts[p])) continue;
            foreach (var sentence in paragraphs[p].Text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
                yield return (paragraphs[p], sentence);
        }
    }

    private static readonly char[] SentenceEnds = ['。', '；', ';', '\n'];

    /// <summary>True for a heading about goals, not about how far they were reached.</summary>
    public static bool IsGoalHeading(string heading) =>
        heading.Contains("目标", StringComparison.Ordinal) && !Results().IsMatch(heading);

    /// <summary>The rank of a numbered heading (一、 before （一） before 1. before （1）), or null for other text.</summary>
    private static int? RankOf(string text)
    {
        // "3.时效指标：项目完成及时率100%。" is an item of a list, not a heading.
        // So is "5.社会效益目标。项目处治路线2条。": a label closed by its full stop, with what it reports after it.
        if (text.Length > LongestHeading || text.TrimEnd('：', ':').IndexOfAny(['：', ':']) >= 0 || text.TrimEnd('。').Contains('。')) return null;
        var m = Numbered().Match(text);
        if (!m.Success) return null;
        return m.Groups["han"].Success ? 1 : m.Groups["hanParen"].Success ? 2 : m.Groups["digit"].Success ? 3 : 4;
    }

    [GeneratedRegex(@"^(?:(?<han>[一二三四五六七八九十]{1,3}[、.．])|(?<hanParen>[(（][一二三四五六七八九十]{1,3}[)）])|(?<digit>\d{1,2}(?:[、．]|\.(?!\d)))|(?<digitParen>[(（]\d{1,2}[)）]))")]
    private static partial Regex Numbered();

    [GeneratedRegex("概况|基本情况|背景|立项")]
    private static partial Regex Background();

    // Headings about results: 完成情况, 实现情况, 自评, 偏离目标的原因, 完成程度.
    [GeneratedRegex("完成|实现|自评|评价|分析|偏离|开展|结果|程度|问题|原因")]
    private static partial Regex Results();
}

/// <summary>What the headings above a paragraph say it is about.</summary>
public enum ReportPart
{
    Unheaded,
    Goals,
    Results,
    Other,
}

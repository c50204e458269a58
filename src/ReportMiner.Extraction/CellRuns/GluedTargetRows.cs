using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A target form's indicator table glued into one line with no separators ("产出指标数量指标免费开放天数=300天质量指标
/// 绩效考核指标完成率=100百分比…"): one target per row and no actual, so <see cref="GluedIndicatorRows"/> finds no doubled
/// figure to cut at. Rows are anchored on a comparator before a figure ("=300天", "≥90%") and on the framework's level
/// labels: the text between a label or the previous target and a comparator is the name. A line is rebuilt only when it
/// holds at least three anchored rows, at least one level-2 label and none of the separators prose lists its items with
/// (：；。，) or spaces, and no actual column (全年实际值) is named in it, so a sentence or a listed target notice ("数量指标：种植数量≥17600株；") stays as it is.
/// </summary>
public static partial class GluedTargetRows
{
    private const int LongestParagraph = 20_000;
    private const int LeastRows = 3;
    private const int ShortestName = 2;
    private const int LongestName = 30;
    private const int LongestLevelLabel = 16;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.GluedTargetRows);
        foreach (var item in items)
        {
            result.Add(item);
            if (item.IsRow || item.Text.Length > LongestParagraph || TableOf(item.Text) is not { Count: > 0 } rows) continue;
            result.AddRange(tables.Next([.. rows.Select(r => (item, r))]));
        }
        return result;
    }

    /// <summary>The header cells and the rows of a line that holds a glued target table (none when it holds none).</summary>
    public static List<string[]> TableOf(string line)
    {
        // Cells apart by spaces are no glued table.
        if (WhiteSpace().IsMatch(line.Trim())) return [];
        var text = line.Trim();
        var labels = LabelsOf(text);
        if (!labels.Any(l => !IndicatorFramework.IsLevel1Label(l.Text))) return [];
        var labelStarts = labels.Select(l => l.At).ToHashSet();
        var rows = new List<string[]>();
        string? level1 = null, level2 = null;
        var from = 0;
        var next = 0;
        foreach (Match target in Target().Matches(text))
        {
            // The labels before the comparator set the levels; the name starts after the last of them or after the previous target.
            for (; next < labels.Count && labels[next].At < target.Index; next++)
            {
                var label = labels[next];
                if (label.At < from) continue;
                var runGoesOn = next + 1 < labels.Count && labels[next + 1].At == label.End;
                if (IndicatorFramework.IsLevel1Label(label.Text) && !(!runGoesOn && level1 is not null && IsLevel2Under(label.Text, level1)))
                    (level1, level2) = (label.Text, null);
                else
                {
                    level2 = label.Text;
                    if (level1 is null || !IndicatorFramework.CanHold(level1, level2)) level1 = IndicatorFramework.Level1Of(level2) ?? level1;
                }
                from = label.End;
            }
            var name = WithoutExplanation(text[from..target.Index]);
            var end = target.Index + target.Length;
            end += UnitAfter(text, end, labelStarts);
            from = end;
            if (Separator().IsMatch(name)) return [];
            if (name.Length < ShortestName || name.Length > LongestName || level1 is null || level2 is null) continue;
            rows.Add([level1, level2, name, text[target.Index..end]]);
        }
        // A form with an actual column is the doubled-figure reader's; looked for last, as it walks every character of the
        // line against the header phrases, and every paragraph of every document comes through here.
        if (rows.Count < LeastRows || HasActualColumn(text)) return [];
        return [["一级指标", "二级指标", "三级指标", "年度指标值"], .. rows];
    }

    private static bool HasActualColumn(string text)
    {
        for (var at = 0; at < text.Length; at++)
            if (HeaderSemantics.PhraseAt(text, at) is { Role: ColumnRole.Actual }) return true;
        return false;
    }

    /// <summary>True for a level-1 label the framework also puts under the level 1 carried down (成本指标 under 产出指标).</summary>
    private static bool IsLevel2Under(string label, string level1) =>
        IndicatorFramework.Level1Of(label) is { } own && own != label && own == IndicatorFramework.LevelText(level1);

    /// <summary>The name without the 指标解释 cell some forms glue after it ("开展修复工程(个)反映修复项目开展情况").</summary>
    private static string WithoutExplanation(string name) =>
        name.IndexOf("反映", StringComparison.Ordinal) is > 0 and var at ? name[..at] : name;

    private sealed record Label(int At, int End, string Text);

    /// <summary>The framework's level labels in the text, in order.</summary>
    private static List<Label> LabelsOf(string text)
    {
        var labels = new List<Label>();
        for (var at = text.IndexOf("指标", StringComparison.Ordinal); at >= 0; at = text.IndexOf("指标", at + 2, StringComparison.Ordinal))
        {
            // A label ends at this 指标: the longest that is a label of the framework as it stands wins.
            for (var start = Math.Max(labels.Count > 0 ? labels[^1].End : 0, at + 2 - LongestLevelLabel); start <= at - 2; start++)
            {
                var candidate = text[start..(at + 2)];
                if (!IndicatorFramework.IsExactLabel(candidate)) continue;
                labels.Add(new Label(start, at + 2, candidate));
                break;
            }
        }
        return labels;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[：:；;。，！？]")]
    private static partial Regex Separator();

    // A comparator and a figure; the unit after it is read with the labels in view (UnitAfter).
    private static readonly Regex TargetRegex =
        new(@"(?:" + Comparators.BeforePattern + @"|＞|＜)\d{1,12}(?:\.\d{1,6})?", RegexOptions.Compiled);

    private static Regex Target() => TargetRegex;

    [GeneratedRegex(@"\G(?:%|‰|百分比)")]
    private static partial Regex SignUnit();

    /// <summary>
    /// How long the unit after a figure is: a percent sign or 百分比; one or two ideographs that end right where a
    /// level label or the text ends ("=300天质量指标", "=30000人次生态效益指标"); else one ideograph, the next name
    /// following it; none before a digit or a sign.
    /// </summary>
    private static int UnitAfter(string text, int at, HashSet<int> labelStarts)
    {
        if (SignUnit().Match(text, at) is { Success: true } sign) return sign.Length;
        var ideographs = 0;
        while (ideographs < 2 && at + ideographs < text.Length && IsIdeograph(text[at + ideographs]) && !labelStarts.Contains(at + ideographs)) ideographs++;
        for (var length = ideographs; length >= 1; length--)
            if (at + length == text.Length || labelStarts.Contains(at + length)) return length;
        return Math.Min(ideographs, 1);
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fa5';
}

using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Rows that close an indicator table: totals (总分, 合计), conclusions and sign-off lines (评价结论, 项目负责人,
/// 填表人), notes. They are found by their first own cell, so a side label spanning down from above ("绩效指标")
/// in the first column does not hide them. A subtotal (小计) is counted but does not end the region. A target form
/// closes with the reviewing offices' opinions ("财政部门审核意见", "主管部门初审意见", each beside a blank or "（盖章）"):
/// the office comes first, so those are found by how the cell ends.
/// </summary>
public static class IndicatorFooters
{
    private static readonly string[] Totals = [.. EmbeddedData.Lines("Indicators.Data.total-rows.tsv").Select(l => l.Trim())];

    private static readonly string[] Closing =
    [
        "评价结论", "自评结论", "综合评价结论", "结论", "自评等级", "评价等级", "绩效等级",
        "项目负责人", "单位负责人", "财务负责人", "负责人", "填表人", "填报人", "审核人", "联系人", "联系电话", "填表日期", "填报日期",
        "存在问题", "存在的主要问题", "主要问题", "改进措施", "整改措施", "备注", "说明", "填报说明", "公式",
    ];

    private static readonly string[] SignOffs = ["审核意见", "初审意见", "审批意见", "复核意见", "审查意见", "审定意见", "部门意见"];

    // An office's name before its opinion is short; a longer cell ending so is a sentence, not a sign-off line.
    private const int LongestSignOff = 20;

    private static readonly string[] NotIndicatorNames = ["问题", "建议", "原因", "说明"];

    public sealed record Footer(bool IsTotal, bool EndsRegion);

    /// <summary>The footer <paramref name="item"/> is, or null for an ordinary row.</summary>
    public static Footer? Of(DocItem item) => LeadingTexts(item).Select(OfText).FirstOrDefault(f => f is not null);

    /// <summary>The footer a cell's text opens, or null.</summary>
    public static Footer? OfText(string text)
    {
        var key = TextKey.Of(text);
        if (Opens(key, Totals)) return new Footer(true, !key.StartsWith("小计", StringComparison.Ordinal));
        if (Opens(key, Closing) || IsSignOff(key)) return new Footer(false, true);
        return null;
    }

    private static bool IsSignOff(string key)
    {
        var label = key.TrimEnd(':');
        return label.Length <= LongestSignOff && SignOffs.Any(w => label.EndsWith(w, StringComparison.Ordinal));
    }

    // The comparison is the culture's, as it always was (it passes over zero-width and control characters). A key of
    // ideographs, ASCII letters and digits alone holds none of those and compares the same code by code, without a
    // collation call per word: this asks it for nearly every row.
    private static bool Opens(string key, string[] words) =>
        IsPlain(key) ? words.Any(w => key.StartsWith(w, StringComparison.Ordinal)) : words.Any(key.StartsWith);

    private static bool IsPlain(string key)
    {
        foreach (var c in key)
            if (!TextKey.IsHan(c) && !char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>True for a closing note's label ("存在问题", "改进建议"); a yes/no question about problems
    /// ("已建工程是否存在质量问题", "有无安全问题") is an indicator.</summary>
    public static bool NotIndicatorName(string name) =>
        NotIndicatorNames.Any(name.EndsWith) && !name.Contains("是否", StringComparison.Ordinal) && !name.Contains("有无", StringComparison.Ordinal);

    /// <summary>The first filled cell, and the first filled cell that starts in this row (not spanning from above).</summary>
    private static IEnumerable<string> LeadingTexts(DocItem item)
    {
        var first = item.Cells.FirstOrDefault(c => TextKey.Of(c).Length > 0);
        if (first is not null) yield return first;
        for (var c = 0; c < item.Cells.Count; c++)
        {
            if (TextKey.Of(item.Cells[c]).Length == 0) continue;
            var cell = item.Table?.CellAt(item.Row!.Value, c);
            if (cell is not null && cell.Row < item.Row) continue;
            if (item.Cells[c] != first) yield return item.Cells[c];
            yield break;
        }
    }
}

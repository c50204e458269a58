using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A first cell that stands before an indicator row's levels without being one of them: the row's 序号 (a form that
/// numbers its rows, R480's 序号 | 一级指标 | 二级指标 | …) or the 绩效指标 side label spanning the rows, written on the
/// first row when the header above is not in the text. Without it the row reads as <see cref="IndicatorHeader.Implied"/>
/// reads any row; the cell's column is left unnamed.
/// </summary>
internal static partial class ImpliedLeadCell
{
    /// <summary>The row with its lead cell emptied, or null when the row does not open with one before a level label.</summary>
    public static IReadOnlyList<string>? LeftOut(IReadOnlyList<string> cells)
    {
        var filled = cells.Select((text, i) => (Text: text, Index: i)).Where(c => TextKey.Of(c.Text).Length > 0).Take(2).ToList();
        if (filled.Count < 2 || !IndicatorFramework.IsLevelLabel(filled[1].Text) && !EvaluationLevels.IsLevel1Word(filled[1].Text)) return null;
        if (!SerialNumber().IsMatch(TextKey.Of(filled[0].Text)) && !IsSideLabel(filled[0].Text)) return null;
        return cells.Select((text, i) => i == filled[0].Index ? string.Empty : text).ToList();
    }

    /// <summary>A short label the header words name as the name column's own (绩效指标, 年度绩效指标), no level label.</summary>
    private static bool IsSideLabel(string text)
    {
        var key = IndicatorFramework.LabelWithoutPoints(text);
        return key.Length is >= 2 and <= LongestSideLabel && !IndicatorFramework.IsLevelLabel(key) && !EvaluationLevels.IsLevel1Word(key)
               && HeaderSemantics.RoleOf(key) == ColumnRole.Name;
    }

    private const int LongestSideLabel = 8;

    [GeneratedRegex(@"^\d{1,2}[.、．]?$")]
    private static partial Regex SerialNumber();
}

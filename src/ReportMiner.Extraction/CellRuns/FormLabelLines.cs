using System.Text.RegularExpressions;

using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A form's identity block written one cell per line: a line that is only a form label (项目名称, 主管部门, 实施单位 (盖章) …,
/// from form-labels.tsv) followed by a line that is its value becomes one "label：value" line, as the form's row reads.
/// A label whose figure has more figures one per line after it (年度资金总额 / 43.2 / 43.2 / 37.24 …) heads a row of a
/// money table and stays alone, so the table's row keeps all its cells; a bracketed note below a label (项目资金 / (万元))
/// is its wrapped unit, no value, and is left to the money block; so is a money column's heading below a label that
/// names one too (年初预算数 / 全年预算数 / 全年执行数 / 分值 …: the block's header); and a money label ending in its
/// colon over a figure (年度资金总额: / 200) is the money block's label and amount, left for <see cref="MoneyCellRows"/>.
/// </summary>
internal static partial class FormLabelLines
{
    private const int LongestValue = 80;
    private const int LongestLabel = 20;

    private static readonly HashSet<string> Labels =
        EmbeddedData.Lines("Projects.Data.form-labels.tsv").Select(l => TextKey.Of(l.Trim())).ToHashSet(StringComparer.Ordinal);

    public static List<DocItem> Join(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (i + 1 < items.Count && LabelOf(items[i]) is { } label && CellLine.TextOf(items[i + 1]) is { Length: > 0 and <= LongestValue } value
                && LabelOf(items[i + 1]) is null && !value.Contains('：') && !value.Contains(':') && !CellTexts.StartsAmountRun(items, i + 1)
                && !CellTexts.IsNote(TextKey.Of(value)) && !(IsMoneyHeading(label) && IsMoneyHeading(value)) && !IsMoneyCell(items[i], value))
            {
                var original = CellLine.OriginalOf(items[i]) + "：" + CellLine.OriginalOf(items[i + 1]);
                result.Add(items[i] with { Text = label + "：" + value, Original = original });
                i++;
                continue;
            }
            result.Add(items[i]);
        }
        return result;
    }

    /// <summary>
    /// A money column's heading: a money label (全年预算数) followed by another (全年执行数) is two headings of the budget
    /// block's header written one cell per line, not a label with its value.
    /// </summary>
    private static bool IsMoneyHeading(string text) => !text.Any(char.IsAsciiDigit) && MoneyLabels.Of(TextKey.Of(text)) != MoneyRole.None;

    /// <summary>
    /// "年度资金总额:" / "200": a money label ending in its colon over a figure is the money block's label and amount, which
    /// <see cref="MoneyCellRows"/> reads as a row in the unit the form gives it.
    /// </summary>
    private static bool IsMoneyCell(DocItem labelLine, string value) =>
        CellLine.TextOf(labelLine) is { } label && CellTexts.EndsInColon(label) && IsMoneyHeading(label) && CellTexts.IsAmount(value);

    /// <summary>The label a line consists of (a note on it, "(盖章)", is dropped), or null.</summary>
    private static string? LabelOf(DocItem item)
    {
        if (CellLine.TextOf(item) is not { Length: > 0 and <= LongestLabel } text) return null;
        var key = Note().Replace(TextKey.Of(text), string.Empty).TrimEnd(':', '：');
        return Labels.Contains(key) ? key : null;
    }

    [GeneratedRegex(@"[（(][^（()）]{1,6}[)）]$")]
    private static partial Regex Note();
}

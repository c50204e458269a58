using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>A value written next to its label: the cell right of a label cell, or the text after "标签：".</summary>
public sealed record LabelValue(string Label, string Value, DocItem Item);

public static partial class LabelValues
{
    /// <summary>Label/value pairs whose label key satisfies <paramref name="isLabel"/>, in reading order.</summary>
    public static IEnumerable<LabelValue> Find(IEnumerable<DocItem> items, Func<string, bool> isLabel)
    {
        foreach (var item in items)
        {
            if (item.IsRow)
            {
                for (var i = 0; i < item.Cells.Count; i++)
                {
                    var label = item.Cells[i];
                    if (label.Length > 0 && (i == 0 || item.Cells[i - 1] != label)
                        && TrySplitInline(label, isLabel, out var cellLabel, out var cellValue))
                    {
                        yield return new LabelValue(cellLabel, cellValue, item);
                        continue;
                    }
                    if (label.Length > 0 && !isLabel(LabelKey(label)) && AfterFormTitle(label) is { } titled && isLabel(titled))
                        label = titled;
                    if (label.Length == 0 || label.Length > 40 || !isLabel(LabelKey(label))) continue;
                    var value = item.Cells.Skip(i + 1).FirstOrDefault(c => c.Trim().Length > 0 && c != label);
                    if (value is null && TrySplitInline(label, isLabel, out var inlineLabel, out var inlineValue))
                        yield return new LabelValue(inlineLabel, inlineValue, item);
                    else if (value is not null) yield return new LabelValue(label, value.Trim(), item);
                }
                continue;
            }
            var runTogether = RunTogetherFields.Split(item.Key);
            if (runTogether.Count >= 2)
            {
                foreach (var (label, value) in runTogether)
                    if (isLabel(LabelKey(label))) yield return new LabelValue(label, value, item);
                continue;
            }
            if (TrySplitInline(item.Text, isLabel, out var l, out var v)) yield return new LabelValue(l, v, item);
            else if (ValueBeforeLabel.TryRead(item.Text, isLabel, out var wrappedLabel, out var wrappedValue)) yield return new LabelValue(wrappedLabel, wrappedValue, item);
        }
    }

    /// <summary>
    /// "稷山县项目支出绩效自评表 (2020年度) 项目名称": a sheet's title row merged into its first label cell; the label is
    /// what follows the form's title and year, and its value is still the next cell.
    /// </summary>
    private static string? AfterFormTitle(string cell)
    {
        var m = FormTitleThenLabel().Match(TextKey.Of(cell));
        return m.Success ? LabelKey(m.Groups["label"].Value) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^.{2,40}?(?:绩效[^\s]{0,6}表|报告)\s*(?:[(（][^)）]{0,12}[)）])?\s*(?<label>[\u4e00-\u9fa5()（）]{2,12})$")]
    private static partial System.Text.RegularExpressions.Regex FormTitleThenLabel();

    /// <summary>
    /// A label on a line of its own with its value on the next line ("(一)项目名称" / "X经费", "项目单位：" / "某局"): a
    /// report's numbered fields, or a form whose cells a page's text wrote one to a line.
    /// </summary>
    /// <remarks>
    /// A blank form writes its labels one under another ("项目名称" / "项目属性", "专项名称" / "部门名称"): a line that is
    /// a field's label itself, ends in a colon or opens the next numbered field is no value.
    /// </remarks>
    public static IEnumerable<LabelValue> FindStacked(IReadOnlyList<DocItem> items, Func<string, bool> isLabel)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            if (items[i].IsRow || items[i + 1].IsRow) continue;
            var label = FieldNumber().Replace(LabelKey(items[i].Text), string.Empty);
            if (label.Length is 0 or > MaxLabelLength || !isLabel(label)) continue;
            var value = TextKey.Of(items[i + 1].Text);
            if (IsStackedValue(value, isLabel)) yield return new LabelValue(label, value, items[i + 1]);
        }
    }

    private static bool IsStackedValue(string value, Func<string, bool> isLabel) =>
        value.Length is >= 2 and <= MaxStackedValue && !isLabel(LabelKey(value)) && !value.EndsWith(':') && !value.EndsWith('：')
        && !FieldNumber().IsMatch(value) && !StackedLabelLike().IsMatch(value) && value.IndexOfAny(['。', '：', ':']) < 0;

    private const int MaxStackedValue = 60;

    // "(一)", "1.", "二、": the number a report gives its fields.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[、.．])\s*")]
    private static partial System.Text.RegularExpressions.Regex FieldNumber();

    // "部门名称", "项目负责人", "联系电话": the next label of a blank form.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\u4e00-\u9fa5]{2,8}(?:名称|负责人|电话|属性|类别|类型|编码|代码|时间|期限)$")]
    private static partial System.Text.RegularExpressions.Regex StackedLabelLike();

    /// <summary>The key a label is compared by: no whitespace, no trailing colon.</summary>
    public static string LabelKey(string label) => TextKey.Of(label).TrimEnd(':', '：');

    /// <summary>A short line whose colon was lost ("申报单位名称上海市…"): the longest leading label, then the value.</summary>
    private static bool TrySplitWithoutColon(string text, Func<string, bool> isLabel, out string label, out string value)
    {
        label = value = string.Empty;
        var key = TextKey.Of(text);
        // "主管部门及代码": a whole label that starts with a shorter one; its value is in the next cell.
        if (key.Length > MaxColonlessLine || isLabel(key)) return false;
        // "项目名称 资金计划 资金到位 情况": a row of column headings written as one line, not a label and its value.
        if (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 3) return false;
        for (var n = Math.Min(MaxLabelLength, key.Length - 2); n >= 2; n--)
        {
            if (!isLabel(key[..n])) continue;
            // "实施单位（盖章）": a note on the label, whose value is in the next cell.
            if (IsNote(key[n..])) return false;
            label = key[..n];
            value = key[n..];
            return true;
        }
        return false;
    }

    private static bool IsNote(string rest) =>
        rest.Length >= 2 && rest[0] is '(' or '（' && rest[^1] is ')' or '）' && rest.IndexOfAny([')', '）']) == rest.Length - 1;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{3,}|\t|\s+[\u4e00-\u9fa5]{2,8}[:：]")]
    private static partial System.Text.RegularExpressions.Regex NextField();

    private const int MaxColonlessLine = 40;
    private const int MaxLabelLength = 10;

    private static bool TrySplitInline(string text, Func<string, bool> isLabel, out string label, out string value)
    {
        label = value = string.Empty;
        var colon = text.IndexOfAny([':', '：']);
        if (colon < 0) return TrySplitWithoutColon(text, isLabel, out label, out value);
        if (colon == 0 || colon > 30) return false;
        label = text[..colon];
        if (!isLabel(LabelKey(label))) return false;
        var rest = text[(colon + 1)..].Trim();
        // "单位名称:某站 填报日期:2023年3月20日": the value ends at a wide gap or where the next field's label begins.
        var next = NextField().Match(rest);
        value = (next.Success && next.Index > 0 ? rest[..next.Index] : rest).Trim();
        return value.Length > 0;
    }
}

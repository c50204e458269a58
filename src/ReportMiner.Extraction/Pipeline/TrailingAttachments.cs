using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Attachments a text names at its end without showing them: a funds-allocation notice's "附件：…项目绩效目标表" above the
/// issuing offices and the date, a list "附件：1. …预算调整表 / 2. … / 3. …绩效目标表" above "下载相关附件", a results notice's
/// "附件：《…绩效评价报告》" above its signature. Like links to attached files they name other documents, so their words
/// are not this text's. A report that follows its 附件 line (its title, its paragraphs, its form) is shown, not named.
/// </summary>
public static partial class TrailingAttachments
{
    private const int MaxClosingLength = 40;
    private const int MaxTrailingItems = 12;

    /// <summary>The indexes of the items that name attachments the text ends on without showing them (empty when none).</summary>
    public static HashSet<int> Of(IReadOnlyList<DocItem> items)
    {
        var opening = -1;
        for (var k = items.Count - 1; k >= 0 && items.Count - k <= MaxTrailingItems; k--)
        {
            if (!IsClosing(items[k])) break;
            if (AttachmentOpening().IsMatch(items[k].Key)) opening = k;
        }
        // The text's first line is its own title even where it opens with 附件 (an attached report published alone).
        if (opening <= 0 || opening == FirstText(items)) return [];
        var named = new HashSet<int>();
        for (var k = opening; k < items.Count; k++)
            if (AttachmentOpening().IsMatch(items[k].Key) || ListedItem().IsMatch(items[k].Key)) named.Add(items[k].Index);
        return named;
    }

    /// <summary>A line a text may close on: short, no table row, no sentence (the attachments, the signature, the date, a download link).</summary>
    private static bool IsClosing(DocItem item) =>
        !item.IsRow && item.Key.Length <= MaxClosingLength * 2 && (AttachmentOpening().IsMatch(item.Key)
            || item.Key.Length <= MaxClosingLength && !Sentence().IsMatch(item.Key));

    /// <summary>A numbered line of an attachment list ("2. 2022年…分配表", "（3）…绩效目标表"): a name, no sentence.</summary>
    internal static bool IsListedItem(string key) => ListedItem().IsMatch(key) && !Sentence().IsMatch(key);

    private static int FirstText(IReadOnlyList<DocItem> items)
    {
        for (var k = 0; k < items.Count; k++) if (!items[k].IsRow) return k;
        return -1;
    }

    // 附件：, 附件1：, 附件 2:, 附件一：
    [GeneratedRegex(@"^附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s*[:：]")]
    private static partial Regex AttachmentOpening();

    // "2. 2022年…项目法分配表", "（3）…绩效目标表" under the 附件 line.
    [GeneratedRegex(@"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*\S")]
    private static partial Regex ListedItem();

    [GeneratedRegex(@"[。；;，,！？!?]")]
    private static partial Regex Sentence();
}

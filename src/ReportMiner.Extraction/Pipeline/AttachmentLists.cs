using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// A list naming two or more attached documents, wherever the text holds it: a funds-allocation notice's "附件：1.…资金分配表"
/// / "2.…绩效目标表" above the allocation table it goes on to show, a download box's "点击下载：1.…预算表2.项目绩效目标表".
/// They name other documents: the 绩效目标表 a notice lists, and the name read from it, are no substance of the notice's own
/// (ReportSubstanceRule; R352, R581, R594 read as target forms once their addressees or title were cut). The kind is still
/// decided with them, and a name read from the list stays the project's where the text shows the form too (R214's list
/// names the target form it attaches, R736's the reports it shows). One attachment's own heading ("附件1：…绩效目标表",
/// a page opening on it) names one document and is no list.
/// </summary>
internal static partial class AttachmentLists
{
    private const int MinDocuments = 2;
    private const int MaxItemLength = 80;

    /// <summary>The indexes of the items of every list that names two or more attachments (empty when none).</summary>
    public static HashSet<int> Of(IReadOnlyList<DocItem> items)
    {
        var named = new HashSet<int>();
        for (var k = 0; k < items.Count; k++)
        {
            if (items[k].IsRow || !ListOpening().IsMatch(items[k].Key)) continue;
            var list = new List<int> { items[k].Index };
            var documents = NumberedName().Count(items[k].Key);
            for (var j = k + 1; j < items.Count && !items[j].IsRow && items[j].Key.Length <= MaxItemLength
                 && TrailingAttachments.IsListedItem(items[j].Key) && !IsLabelLine(items[j].Key); j++)
            {
                list.Add(items[j].Index);
                documents++;
            }
            if (documents >= MinDocuments) named.UnionWith(list);
        }
        return named;
    }

    // "附件：", "附件:1.…", "点击下载:1.…", "相关附件：" — a list's opening, not one attachment's own heading ("附件1：…绩效目标表").
    [GeneratedRegex(@"^(?:相关)?(?:附件|点击下载|下载附件|附件下载)\s*[:：]\s*(?:$|(?:1[.、．]|[（(]1[)）])\s*\S)")]
    private static partial Regex ListOpening();

    // "1.提前下达…预算表2.项目绩效目标表", "1.2024年…分配表": each number opening a document's name within the opening line
    // (a year's or an amount's digits are preceded by a digit).
    [GeneratedRegex(@"(?<![\d.．])(?:[1-9]\d?[.、．]|[（(][1-9]\d?[)）])")]
    private static partial Regex NumberedName();

    // "1.项目名称：…" under a bare "附件：" is an attachment's own form, its label lines no list of documents.
    private static bool IsLabelLine(string key) => key.AsSpan().ContainsAny('：', ':');
}

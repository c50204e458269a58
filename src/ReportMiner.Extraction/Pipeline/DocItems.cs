using ReportMiner.Documents.Model;

namespace ReportMiner.Extraction.Pipeline;

internal static class DocItems
{
    private const int BareLabelValueLength = 40;
    private const int ListedTitleLength = 60;

    /// <summary>The report's paragraphs and rows in reading order, and apart from them the page's chrome lines.</summary>
    public static (IReadOnlyList<DocItem> Items, IReadOnlyList<DocItem> Chrome) From(Document document)
    {
        var items = new List<DocItem>();
        var chrome = new List<DocItem>();
        var valueFollows = false;
        var labelBracketed = false;
        var inArticleList = false;
        var neighbourTitleFollows = false;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            switch (document.Blocks[b])
            {
                case Paragraph p:
                    var text = RubyAnnotations.Strip(p.Text);
                    var simplified = TextKey.Simplify(text);
                    // A portal prints a list mark alone between its metadata items ("-" above and below 索引号…): no
                    // text, and no line of the page's head, where it would push the title out of the title window (R687).
                    if (IsMarksOnly(simplified)) break;
                    if (valueFollows && simplified.Trim().Length <= BareLabelValueLength
                        && (IsBulleted(simplified) || (labelBracketed && !IsBracketed(simplified) && !PageChrome.IsChrome(simplified) && LabelFollows(document.Blocks, b))))
                    {
                        // "- 发文机构" then "- 隆阳区农业农村局", "[ 发布机构 ]" then "忠县民政局": the value of a label that stood
                        // alone. A bracketed label may have no value ("[ 发文字号 ]", "[ 有效性 ]"): the line after it is its
                        // value only where the next label follows that line, or the report's own title, right under the
                        // last label, would be taken for its value.
                        var label = chrome[^1];
                        chrome[^1] = label with { Text = label.Text.Trim() + "：" + simplified.Trim().TrimStart('-', '•', '·', ' ') };
                        valueFollows = false;
                        break;
                    }
                    valueFollows = false;
                    // The page's list of other articles names other documents: their titles, places and years are
                    // not this page's, so they are neither report text nor metadata. A long paragraph ends the list.
                    var listed = (inArticleList || neighbourTitleFollows) && IsListedTitle(simplified);
                    neighbourTitleFollows = PageChrome.IsNeighbourLink(simplified);
                    if (neighbourTitleFollows) break;
                    if (PageChrome.IsListHeading(simplified)) { inArticleList = true; break; }
                    if (listed) break;
                    inArticleList = false;
                    if (PageChrome.IsOtherArticle(simplified)) break;
                    if (PageChrome.IsChrome(simplified))
                    {
                        chrome.Add(new DocItem(-1, p.Page, simplified, null, null, []) { Original = text });
                        labelBracketed = IsBracketed(simplified);
                        valueFollows = (IsBulleted(simplified) || labelBracketed) && PageChrome.IsBareLabel(simplified);
                    }
                    else items.Add(new DocItem(items.Count, p.Page, simplified, null, null, []) { Original = text });
                    break;
                case Table t:
                    valueFollows = false;
                    inArticleList = neighbourTitleFollows = false;
                    for (var r = 0; r < t.RowCount; r++)
                    {
                        var originals = t.RowTexts(r).Select(RubyAnnotations.Strip).ToArray();
                        var cells = originals.Select(TextKey.Simplify).ToArray();
                        if (cells.All(string.IsNullOrWhiteSpace)) continue;
                        var page = Enumerable.Range(0, t.ColumnCount).Select(c => t.CellAt(r, c)).FirstOrDefault(c => c?.Row == r)?.Provenance.Page ?? t.Page;
                        var row = new DocItem(items.Count, page, string.Join('\t', cells), t, r, cells) { Original = string.Join('\t', originals) };
                        if (PageChrome.IsChromeRow(cells)) chrome.Add(row with { Index = -1, Text = string.Join("  ", cells) });
                        else items.Add(row);
                    }
                    break;
            }
        }
        return (items, chrome);
    }

    private static bool IsListedTitle(string text)
    {
        var line = text.Trim();
        return line.Length <= ListedTitleLength && !line.Contains('。');
    }

    private static bool IsMarksOnly(string text) => text.Trim().Length > 0 && text.All(c => char.IsWhiteSpace(c) || c is '-' or '•' or '·' or '●');

    /// <summary>A metadata list item ("- 发文机构"): a page lists label and value as items one under the other.</summary>
    private static bool IsBulleted(string text) => text.TrimStart().Length > 1 && text.TrimStart()[0] is '-' or '•' or '·' or '●';

    /// <summary>Whether the next line with text after block <paramref name="b"/> is another bracketed metadata label.</summary>
    private static bool LabelFollows(IReadOnlyList<Block> blocks, int b)
    {
        for (var next = b + 1; next < blocks.Count; next++)
        {
            if (blocks[next] is not Paragraph p) return false;
            var text = TextKey.Simplify(RubyAnnotations.Strip(p.Text));
            if (string.IsNullOrWhiteSpace(text)) continue;
            return text.TrimStart() is ['[' or '【', ..] && PageChrome.IsChrome(text);
        }
        return false;
    }

    /// <summary>A metadata label in brackets ("[ 发布机构 ]", "【索引号】"): a portal sets each label so, its value beside or below it.</summary>
    private static bool IsBracketed(string text) => text.Trim() is { Length: > 2 } t && t[0] is '[' or '【' && t[^1] is ']' or '】';
}

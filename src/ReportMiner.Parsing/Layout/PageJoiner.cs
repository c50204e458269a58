namespace ReportMiner.Parsing.Layout;

/// <summary>Joins what a page break split: the last table of a page with the first table of the next page
/// when their columns line up, and a paragraph cut mid-sentence with the first paragraph of the next page.</summary>
public static class PageJoiner
{
    public static IReadOnlyList<LayoutBlock> Join(IReadOnlyList<LayoutBlock> blocks, double tolerance)
    {
        var result = new List<LayoutBlock>();
        GridTable? head = null;
        foreach (var block in blocks)
        {
            var prev = result.Count > 0 ? result[^1] : null;
            var acrossBreak = prev is not null && block.Page == prev.Page + 1 && FirstOnPage(blocks, block);
            switch (block)
            {
                case TableBlock tb when acrossBreak && prev is TableBlock pt && head is not null
                                        && TableContinuation.Continues(pt.Table, tb.Table, tolerance):
                    TableContinuation.Trim(head, pt.Table, tb.Table);
                    result.Add(tb with { Continued = true });
                    break;
                case ParagraphBlock p when acrossBreak && prev is ParagraphBlock { OpenEnded: true } pp
                                           && Math.Abs(p.Left - pp.Left) <= 5 * tolerance:
                    result[^1] = pp with { Text = CjkText.Join(pp.Text, p.Text), OpenEnded = p.OpenEnded, Bottom = p.Bottom };
                    break;
                default:
                    result.Add(block);
                    break;
            }
            if (block is TableBlock t && result[^1] is TableBlock { Continued: false }) head = t.Table;
            if (block is not TableBlock) head = null;
        }
        return result;
    }

    private static bool FirstOnPage(IReadOnlyList<LayoutBlock> blocks, LayoutBlock block) =>
        blocks.First(b => b.Page == block.Page) == block;
}

namespace ReportMiner.Parsing.Layout;

/// <summary>Joins what a page break split: the last table of a page with the first table of the next page
/// when their frames line up, and a paragraph cut mid-sentence with the first paragraph of the next page.</summary>
public static class PageJoiner
{
    public static IReadOnlyList<LayoutBlock> Join(IReadOnlyList<LayoutBlock> blocks, double tolerance)
    {
        var firstOnPage = blocks.GroupBy(b => b.Page).Select(g => g.First()).ToHashSet(ReferenceEqualityComparer.Instance);
        var result = new List<LayoutBlock>();
        foreach (var block in blocks)
        {
            var prev = result.Count > 0 ? result[^1] : null;
            var acrossBreak = prev is not null && block.Page == prev.LastPage + 1 && firstOnPage.Contains(block);
            switch (block)
            {
                case TableBlock tb when acrossBreak && LastTableOfPage(result) is { } at && result[at] is TableBlock pt
                                        && TableContinuation.Continues(pt.Table, tb.Table, tolerance):
                    result[at] = new TableBlock(TableContinuation.Join(pt.Table, tb.Table, tolerance)) { LastPage = tb.Page, OnLastPage = (tb.Table.Top, tb.Table.Bottom) };
                    break;
                case ParagraphBlock p when acrossBreak && prev is ParagraphBlock { OpenEnded: true } pp
                                           && Math.Abs(p.Left - pp.Left) <= 5 * tolerance:
                    result[^1] = pp with { Text = CjkText.Join(pp.Text, p.Text), OpenEnded = p.OpenEnded, LastPage = p.Page };
                    break;
                default:
                    result.Add(block);
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// The index of the table that ends the blocks read so far: the last block, or the last table followed only by
    /// paragraphs of its own page lying beside it (within its top and bottom). Text beside a table — a note in the
    /// margin, a label overflowing a narrow column, a scan's speck read as a character — does not end it, so it
    /// does not keep the table from its continuation on the next page.
    /// </summary>
    private static int? LastTableOfPage(List<LayoutBlock> result)
    {
        for (var i = result.Count - 1; i >= 0; i--)
        {
            if (result[i] is TableBlock) return i;
            if (result[i] is not ParagraphBlock p || FindTable(result, i) is not { } t || !Beside(p, t)) return null;
        }
        return null;
    }

    private static TableBlock? FindTable(List<LayoutBlock> result, int before)
    {
        for (var i = before - 1; i >= 0; i--)
            if (result[i] is TableBlock t) return t;
        return null;
    }

    private static bool Beside(ParagraphBlock p, TableBlock t) =>
        p.Page == t.LastPage && p.Top >= t.OnLastPage.Top && p.Bottom <= t.OnLastPage.Bottom;
}

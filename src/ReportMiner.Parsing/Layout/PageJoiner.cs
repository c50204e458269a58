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
                case TableBlock tb when acrossBreak && prev is TableBlock pt
                                        && TableContinuation.Continues(pt.Table, tb.Table, tolerance):
                    result[^1] = new TableBlock(TableContinuation.Join(pt.Table, tb.Table, tolerance)) { LastPage = tb.Page };
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
}

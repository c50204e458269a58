using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The layout engine: positioned words and ruling lines of every page in, paragraphs and tables in reading
/// order out, with running headers and footers dropped and tables and paragraphs continued across pages joined.
/// Works on PDF text layers and OCR output alike (all thresholds scale with the text height).
/// </summary>
public static class DocumentLayout
{
    public static IReadOnlyList<LayoutBlock> Analyze(IReadOnlyList<PageWords> pages)
    {
        var perPage = pages.Select(p =>
        {
            var h = LineBuilder.TypicalHeight(p.Words);
            var ruled = RuledTableFinder.Find(p, h, out var rest);
            return (Page: p, Height: h, Ruled: ruled, Lines: LineBuilder.Build(WrappedPercentSigns.Join(rest, h)));
        }).ToList();
        var kept = RunningTextFilter.Remove(perPage.Select(p => (p.Page, p.Lines)).ToList());

        var blocks = new List<LayoutBlock>();
        CarriedColumns? continuing = null;
        for (var i = 0; i < perPage.Count; i++)
        {
            var (page, h, ruled, _) = perPage[i];
            var unruled = UnruledTableFinder.Find(page.PageNumber, kept[i], h, out var lines, page.Rules, continuing);
            // A table that took the middle line of a three-line value but left its first line above is found again
            // over the lines with that value joined.
            var joined = CentredLabelLines.JoinCutOff([.. kept[i]], new HashSet<TextLine>(lines), h);
            if (joined.Count < kept[i].Count)
                unruled = UnruledTableFinder.Find(page.PageNumber, joined, h, out lines, page.Rules, continuing);
            var tables = ruled.Concat(unruled).ToList();
            continuing = EndsPage(unruled, tables, lines) is { } last ? CarriedColumns.Of(last, joined, h) : null;
            var paragraphs = ParagraphBuilder.Build(page.PageNumber, CentredLabelLines.Join(lines, h), tables.Select(t => t.Top).ToList(), h, page.Width);
            blocks.AddRange(tables.Select(t => (LayoutBlock)new TableBlock(t)).Concat(paragraphs).OrderBy(b => b.Top));
        }
        return PageJoiner.Join(blocks, pages.Count == 0 ? 3 : Math.Max(2, 0.3 * LineBuilder.TypicalHeight(pages.SelectMany(p => p.Words))));
    }

    // The unruled table a page ends with: no other table and no line of text below it.
    private static GridTable? EndsPage(IReadOnlyList<GridTable> unruled, List<GridTable> tables, List<TextLine> lines)
    {
        if (tables.Count == 0) return null;
        var last = tables.MaxBy(t => t.Bottom)!;
        return unruled.Contains(last) && lines.All(l => l.YMin < last.Bottom) ? last : null;
    }

    /// <summary>Adds the blocks to a document in reading order; a table takes its title from the short lines just above it.</summary>
    /// <param name="boxes">Maps a cell's layout box to the box the document keeps (null: cells keep none).</param>
    public static void WriteTo(IReadOnlyList<LayoutBlock> blocks, DocumentBuilder builder, Func<LayoutBox, CellBox?>? boxes = null)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TableBlock t:
                    var draft = t.Table.ToDraft(boxes);
                    draft.Caption = Caption(blocks, i);
                    builder.AddTable(draft);
                    break;
                case ParagraphBlock p:
                    builder.AddParagraph(p.Text, p.Page);
                    break;
            }
        }
    }

    // Titles such as "项目支出绩效自评表" sit above the table, sometimes followed by "(2021年度)" and "单位：万元".
    private static string? Caption(IReadOnlyList<LayoutBlock> blocks, int table)
    {
        for (var i = table - 1; i >= Math.Max(0, table - 3); i--)
        {
            if (blocks[i] is not ParagraphBlock { Text.Length: <= MaxCaptionLength } p) return null;
            if (p.Text.TrimEnd().EndsWith('表') || p.Text.Contains("表（") || p.Text.Contains("表(")) return p.Text;
        }
        return null;
    }

    private const int MaxCaptionLength = 40;
}

using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Word;

/// <summary>Reads a w:body into the builder: paragraphs and tables in reading order, numbered by page breaks.</summary>
internal static class WordBodyReader
{
    public static void Read(XElement body, DocumentBuilder builder)
    {
        var pages = new PageTracker(useRenderedBreaks: body.Descendants().Any(e => e.Name.LocalName == "lastRenderedPageBreak"));
        var inline = new WordInlineText(pages);
        var tables = new WordTableReader(inline, pages);
        foreach (var block in WordBlocks.Of(body, "p", "tbl"))
        {
            if (block.Name.LocalName == "p")
            {
                var (text, page) = inline.Read(block);
                builder.AddParagraph(text, page);
            }
            else
            {
                builder.AddTable(tables.Read(block));
            }
        }
        for (var p = 1; p <= pages.Page; p++) builder.AddPage(new Page(p));
    }
}

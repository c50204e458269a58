using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Word;

/// <summary>Reads a w:body into the builder: paragraphs and tables in reading order, numbered by page breaks.</summary>
internal sealed class WordBodyReader
{
    private readonly DocumentBuilder _builder;
    private readonly PageTracker _pages;
    private readonly WordInlineText _inline;
    private readonly WordTableReader _tables;

    private WordBodyReader(XElement body, WordNumbering numbering, WordEmbeddedWorkbooks? embedded, DocumentBuilder builder)
    {
        _builder = builder;
        _pages = new PageTracker(useRenderedBreaks: body.Descendants().Any(e => e.Name.LocalName == "lastRenderedPageBreak"));
        _inline = new WordInlineText(_pages, numbering, embedded);
        _tables = new WordTableReader(_inline, _pages);
    }

    public static void Read(XElement body, WordNumbering numbering, WordEmbeddedWorkbooks? embedded, DocumentBuilder builder)
    {
        var reader = new WordBodyReader(body, numbering, embedded, builder);
        reader.ReadBlocks(body);
        for (var p = 1; p <= reader._pages.Page; p++) builder.AddPage(new Page(p));
    }

    private void ReadBlocks(XElement container)
    {
        foreach (var block in WordBlocks.Of(container, "p", "tbl"))
        {
            if (block.Name.LocalName == "p")
            {
                var (text, page) = _inline.Read(block);
                _builder.AddParagraph(text, page);
                foreach (var workbookSheet in _inline.TakeEmbeddedTables()) _builder.AddTable(workbookSheet);
            }
            else if (FrameCell(block) is { } frame)
            {
                ReadBlocks(frame);
            }
            else
            {
                _builder.AddTable(_tables.Read(block));
            }
        }
    }

    // A one-cell table is a box drawn around text, not data: its paragraphs and tables belong to the body.
    private static XElement? FrameCell(XElement table)
    {
        var cells = WordBlocks.Of(table, "tr").SelectMany(tr => WordBlocks.Of(tr, "tc")).Take(2).ToList();
        return cells.Count == 1 ? cells[0] : null;
    }
}

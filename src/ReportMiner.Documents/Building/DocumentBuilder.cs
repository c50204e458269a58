using System.Text;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Building;

/// <summary>
/// The one way parsers produce a <see cref="Document"/>: blocks are appended in reading order and the
/// builder assigns table indices and char offsets into the canonical text.
/// </summary>
public sealed class DocumentBuilder(string path, FileFormat format)
{
    private readonly List<Page> _pages = [];
    private readonly List<Block> _blocks = [];
    private readonly List<string> _warnings = [];
    private readonly StringBuilder _text = new();
    private int _tableCount;

    public FileFormat Format { get; set; } = format;

    public int TableCount => _tableCount;

    public DocumentBuilder AddPage(Page page)
    {
        _pages.Add(page);
        return this;
    }

    /// <summary>Adds a paragraph; blank text is ignored. Returns null when nothing was added.</summary>
    public Paragraph? AddParagraph(string text, int page = 1)
    {
        var normalized = TextNormalizer.Paragraph(text);
        if (normalized.Length == 0) return null;
        var paragraph = new Paragraph(normalized, new Provenance(page, CharOffset: _text.Length, CharLength: normalized.Length));
        _text.Append(normalized).Append('\n');
        _blocks.Add(paragraph);
        return paragraph;
    }

    /// <summary>Adds a table; a draft without cells is ignored.</summary>
    public Table? AddTable(TableDraft draft)
    {
        if (draft.Cells.Count == 0) return null;
        var table = DraftTableRenderer.Render(draft, _tableCount, _text.Length, out var text);
        _tableCount++;
        _text.Append(text);
        _blocks.Add(table);
        return table;
    }

    public DocumentBuilder AddWarning(string warning)
    {
        _warnings.Add(warning);
        return this;
    }

    public Document Build()
    {
        var pages = _pages.Count > 0 ? _pages.ToList() : [new Page(1)];
        return new Document(path, Format, pages, _blocks.ToList(), _text.ToString()) { Warnings = _warnings.ToList() };
    }
}

using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>A document's text split by page (a table's cells land on their own pages), for full-text search.</summary>
internal static class PageTexts
{
    public static IReadOnlyList<PageText> From(Document document)
    {
        var pages = new SortedDictionary<int, StringBuilder>();
        StringBuilder On(int page) => pages.TryGetValue(page, out var b) ? b : pages[page] = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    On(paragraph.Page).AppendLine(paragraph.Text);
                    break;
                case Table table:
                    foreach (var row in table.Cells.GroupBy(c => (c.Provenance.Page, c.Row)).OrderBy(g => g.Key.Row))
                        On(row.Key.Page).AppendLine(string.Join('\t', row.OrderBy(c => c.Column).Select(c => c.Text)));
                    break;
            }
        }
        return pages.Select(p => new PageText(p.Key, p.Value.ToString())).Where(p => p.Text.Length > 0).ToArray();
    }
}

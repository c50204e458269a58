using ReportMiner.Documents.Model;

namespace ReportMiner.Extraction.Pipeline;

internal static class DocItems
{
    public static IReadOnlyList<DocItem> From(Document document)
    {
        var items = new List<DocItem>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    items.Add(new DocItem(items.Count, p.Page, TextKey.Simplify(p.Text), null, null, []) { Original = p.Text });
                    break;
                case Table t:
                    for (var r = 0; r < t.RowCount; r++)
                    {
                        var cells = t.RowTexts(r).Select(TextKey.Simplify).ToArray();
                        if (cells.All(string.IsNullOrWhiteSpace)) continue;
                        var page = Enumerable.Range(0, t.ColumnCount).Select(c => t.CellAt(r, c)).FirstOrDefault(c => c?.Row == r)?.Provenance.Page ?? t.Page;
                        items.Add(new DocItem(items.Count, page, string.Join('\t', cells), t, r, cells) { Original = string.Join('\t', t.RowTexts(r)) });
                    }
                    break;
            }
        }
        return items;
    }
}

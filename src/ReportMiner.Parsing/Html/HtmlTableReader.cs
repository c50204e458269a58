using AngleSharp.Dom;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Html;

/// <summary>
/// The HTML table model: each cell takes the next grid slot not already covered by a rowspan from above;
/// rowspan/colspan become spans, and tables inside a cell become nested tables whose text stays in the cell.
/// </summary>
internal static class HtmlTableReader
{
    private const int MaxColumnSpan = 1000;

    public static TableDraft Read(IElement table)
    {
        var rows = Rows(table).ToList();
        var draft = new TableDraft(1);
        var taken = new HashSet<(int, int)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Children.Where(c => c.LocalName is "td" or "th"))
            {
                while (taken.Contains((r, column))) column++;
                var rowSpan = Math.Clamp(Span(cell, "rowspan"), 1, rows.Count - r);
                var colSpan = Math.Clamp(Span(cell, "colspan"), 1, MaxColumnSpan);
                var (text, nested) = ReadCell(cell);
                draft.AddCell(r, column, text, rowSpan, colSpan, nested: nested);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                        taken.Add((r + dr, column + dc));
                column += colSpan;
            }
        }
        if (table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption)
            draft.Caption = TextNormalizer.Paragraph(caption.TextContent);
        return draft;
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var tr in child.Children.Where(c => c.LocalName == "tr")) yield return tr;
        }
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), out var n) && n > 0 ? n : 1;

    private static (string Text, List<Table> Nested) ReadCell(IElement cell)
    {
        var lines = new List<string>();
        var nested = new List<Table>();
        new HtmlBlockWalker(lines.Add, inner =>
        {
            var table = Read(inner).BuildDetached();
            nested.Add(table);
            for (var r = 0; r < table.RowCount; r++)
                lines.Add(string.Join(' ', table.RowCells(r).Select(c => c.Text.Replace('\n', ' '))));
        }).Walk(cell);
        return (string.Join('\n', lines), nested);
    }
}

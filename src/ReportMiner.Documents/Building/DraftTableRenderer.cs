using System.Text;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Building;

/// <summary>Turns a draft into a table and its canonical text: one line per row, grid columns separated by tabs.</summary>
internal static class DraftTableRenderer
{
    public static Table Render(TableDraft draft, int index, int textOffset, out string text)
    {
        var rows = draft.RowCount;
        var columns = draft.ColumnCount;
        var origins = new Dictionary<(int, int), DraftCell>();
        foreach (var cell in draft.Cells)
            origins.TryAdd((cell.Row, cell.Column), cell);

        var sb = new StringBuilder();
        var cells = new List<TableCell>(origins.Count);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) sb.Append('\t');
                if (!origins.TryGetValue((r, c), out var d)) continue;
                var cellText = TextNormalizer.Cell(d.Text);
                var offset = textOffset + sb.Length;
                sb.Append(TextNormalizer.OneLine(cellText));
                var prov = new Provenance(d.Page, index, r, c, offset, cellText.Length);
                cells.Add(new TableCell(cellText, r, c, d.RowSpan, d.ColumnSpan, prov) { NestedTables = d.Nested, Box = d.Box });
            }
            sb.Append('\n');
        }

        text = sb.ToString();
        var lastPage = draft.Cells.Count == 0 ? draft.Page : draft.Cells.Max(c => c.Page);
        var tableProv = new Provenance(draft.Page, index, null, null, textOffset, text.Length);
        return new Table(index, rows, columns, cells, tableProv) { LastPage = lastPage, Caption = draft.Caption is null ? null : ScriptDigits.ToAscii(draft.Caption) };
    }
}

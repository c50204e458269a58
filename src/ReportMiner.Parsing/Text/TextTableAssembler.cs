using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Turns text rows into a table draft. Text cannot show merged cells, so exports leave the covered positions
/// empty: leading empty cells of a row are read as the cell above extending downward.
/// </summary>
internal static class TextTableAssembler
{
    public static TableDraft Assemble(IReadOnlyList<TextRow> rows)
    {
        var cells = new List<Cell>();
        var covering = new Dictionary<(int Row, int Column), Cell>();
        var r = 0;
        foreach (var row in rows)
        {
            var first = FirstFilled(row.Cells);
            if (first < 0) continue;
            for (var c = 0; c < first; c++)
            {
                if (!covering.TryGetValue((r - 1, c), out var above) || above.Column + above.ColumnSpan > first) continue;
                if (above.Row + above.RowSpan == r) above.RowSpan++;
                covering[(r, c)] = above;
            }
            for (var c = first; c < row.Cells.Count; c++)
            {
                var cell = new Cell(r, c, row.Cells[c], row.Page);
                cells.Add(cell);
                covering[(r, c)] = cell;
            }
            r++;
        }
        var draft = new TableDraft(rows.Count > 0 ? rows[0].Page : 1);
        foreach (var cell in cells)
            draft.AddCell(cell.Row, cell.Column, cell.Text, cell.RowSpan, cell.ColumnSpan, cell.Page);
        return draft;
    }

    private static int FirstFilled(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            if (TextNormalizer.TrimAll(cells[i]).Length > 0) return i;
        return -1;
    }

    private sealed class Cell(int row, int column, string text, int page)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int RowSpan { get; set; } = 1;
        public int ColumnSpan => 1;
        public string Text { get; } = text;
        public int Page { get; } = page;
    }
}

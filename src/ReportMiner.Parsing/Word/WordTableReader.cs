using System.Text;
using System.Xml.Linq;
using ReportMiner.Parsing.Containers;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Word;

/// <summary>
/// Turns a w:tbl into a draft on the table grid: gridBefore shifts a row, gridSpan widens a cell, and a
/// vMerge continuation extends the cell above instead of adding one, so a merged cell is one cell.
/// </summary>
internal sealed class WordTableReader(WordInlineText inline, PageTracker pages)
{
    /// <summary>Word tables have at most 63 columns; a larger gridSpan or gridBefore is damage, not layout.</summary>
    private const int MaxColumns = 63;

    public TableDraft Read(XElement table)
    {
        var cells = new List<PendingCell>();
        // The newest cell starting at each column and the newest cell of this row are the only cells a vMerge or
        // hMerge continuation can extend; looking them up here keeps a long table linear.
        var newestAtColumn = new Dictionary<int, PendingCell>();
        var row = 0;
        foreach (var tr in WordBlocks.Of(table, "tr"))
        {
            PendingCell? newestInRow = null;
            var column = Math.Clamp(tr.Property("trPr", "gridBefore").IntVal(0), 0, MaxColumns);
            foreach (var tc in WordBlocks.Of(tr, "tc"))
            {
                var span = Math.Clamp(tc.Property("tcPr", "gridSpan").IntVal(1), 1, MaxColumns);
                var page = pages.Page;
                var (text, nested) = ReadCell(tc);
                var merge = tc.Property("tcPr", "vMerge");
                var above = merge is not null && merge.Attr("val") != "restart"
                    && newestAtColumn.TryGetValue(column, out var candidate) && candidate.Row + candidate.RowSpan == row
                    ? candidate
                    : null;
                var leftMerged = tc.Property("tcPr", "hMerge") is { } h && h.Attr("val") != "restart"
                    && newestInRow is not null && newestInRow.Column + newestInRow.ColumnSpan == column
                    ? newestInRow
                    : null;
                if (above is not null) above.Extend(text, nested);
                else if (leftMerged is not null) leftMerged.Widen(span, text, nested);
                else
                {
                    var cell = new PendingCell(row, column, span, page, text, nested);
                    cells.Add(cell);
                    newestAtColumn[column] = cell;
                    newestInRow = cell;
                }
                column += span;
            }
            row++;
        }

        var draft = new TableDraft(cells.Count > 0 ? cells.Min(c => c.Page) : pages.Page);
        foreach (var c in cells)
            draft.AddCell(c.Row, c.Column, c.Text.ToString(), c.RowSpan, c.ColumnSpan, c.Page, c.Nested);
        return draft;
    }

    private (string Text, List<Table> Nested) ReadCell(XElement tc)
    {
        var lines = new List<string>();
        var nested = new List<Table>();
        foreach (var block in WordBlocks.Of(tc, "p", "tbl"))
        {
            if (block.Name.LocalName == "p")
            {
                lines.Add(inline.Read(block).Text);
                foreach (var sheet in inline.TakeEmbeddedTables()) AddNested(sheet, lines, nested);
            }
            else
            {
                AddNested(Read(block), lines, nested);
            }
        }
        return (string.Join('\n', lines), nested);
    }

    private static void AddNested(TableDraft draft, List<string> lines, List<Table> nested)
    {
        var table = draft.BuildDetached();
        nested.Add(table);
        for (var r = 0; r < table.RowCount; r++)
            lines.Add(string.Join(' ', table.RowCells(r).Select(c => c.Text.Replace('\n', ' '))));
    }

    private sealed class PendingCell(int row, int column, int columnSpan, int page, string text, List<Table> nested)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int RowSpan { get; private set; } = 1;
        public int ColumnSpan { get; private set; } = columnSpan;
        public int Page { get; } = page;
        public StringBuilder Text { get; } = new(text);
        public List<Table> Nested { get; } = nested;

        public void Extend(string text, List<Table> nested)
        {
            RowSpan++;
            Add(text, nested);
        }

        public void Widen(int span, string text, List<Table> nested)
        {
            ColumnSpan += span;
            Add(text, nested);
        }

        // Word keeps text typed into a covered cell; show it rather than lose it.
        private void Add(string text, List<Table> nested)
        {
            if (text.Trim().Length > 0) Text.Append('\n').Append(text);
            Nested.AddRange(nested);
        }
    }
}

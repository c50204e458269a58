using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Layout;

/// <summary>A cell's rectangle on its page, in layout coordinates (see <see cref="PageWords"/>).</summary>
public sealed record LayoutBox(int Page, double X0, double Y0, double X1, double Y1);

/// <summary>A cell found on a page; mutable while tables are stitched across pages.</summary>
public sealed class GridCell(int row, int column, int rowSpan, int columnSpan, string text, int page)
{
    public int Row { get; set; } = row;
    public int Column { get; } = column;
    public int RowSpan { get; set; } = rowSpan;
    public int ColumnSpan { get; } = columnSpan;
    public string Text { get; set; } = text;
    public int Page { get; } = page;
    public LayoutBox? Box { get; init; }

    /// <summary>The cell's last line left no room for another character: its text may go on past the cell's end.</summary>
    public bool EndsFull { get; init; }

    /// <summary>The cell's text ran over more than one line.</summary>
    public bool Wrapped { get; init; }

    public bool Covers(int r, int c) => r >= Row && r < Row + RowSpan && c >= Column && c < Column + ColumnSpan;
}

/// <summary>A table found on one page, with the column edges used to recognise its continuation.</summary>
public sealed class GridTable(int page, IReadOnlyList<double> columnEdges, double top, double bottom, List<GridCell> cells)
{
    public int Page { get; } = page;
    public IReadOnlyList<double> ColumnEdges { get; } = columnEdges;
    public double Top { get; } = top;
    public double Bottom { get; } = bottom;
    public List<GridCell> Cells { get; } = cells;

    /// <summary>Rows carried over from the previous page whose first row names a row of its own (its stub would have
    /// fitted on the last stub line there): no cut row's rest to fold back.</summary>
    public bool OpensWithOwnRow { get; init; }

    public int ColumnCount => Math.Max(ColumnEdges.Count - 1, Cells.Count == 0 ? 0 : Cells.Max(c => c.Column + c.ColumnSpan));
    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);

    public GridCell? CellAt(int row, int column) => Cells.FirstOrDefault(c => c.Covers(row, column));

    public string[] RowTexts(int row) =>
        Enumerable.Range(0, ColumnCount).Select(c => CellAt(row, c)?.Text ?? string.Empty).ToArray();

    /// <summary>The same table on a finer set of column edges (a superset of its own): cells widen their spans.</summary>
    public GridTable Regrid(IReadOnlyList<double> edges)
    {
        int Nearest(double x) => Enumerable.Range(0, edges.Count).MinBy(i => Math.Abs(edges[i] - x));
        var cells = Cells.Select(c =>
        {
            var start = Nearest(ColumnEdges[Math.Min(c.Column, ColumnEdges.Count - 1)]);
            var end = Nearest(ColumnEdges[Math.Min(c.Column + c.ColumnSpan, ColumnEdges.Count - 1)]);
            return new GridCell(c.Row, start, c.RowSpan, Math.Max(1, end - start), c.Text, c.Page) { Box = c.Box, EndsFull = c.EndsFull, Wrapped = c.Wrapped };
        }).ToList();
        return new GridTable(Page, edges, Top, Bottom, cells);
    }

    public TableDraft ToDraft(Func<LayoutBox, CellBox?>? boxes = null)
    {
        var draft = new TableDraft(Page);
        foreach (var c in Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            draft.AddCell(c.Row, c.Column, c.Text, c.RowSpan, c.ColumnSpan, c.Page,
                box: c.Box is null || boxes is null ? null : boxes(c.Box));
        return draft;
    }
}

using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>A piece of a sheet in reading order: a line of text outside the forms, or one form.</summary>
internal abstract record SheetBlock;

internal sealed record SheetParagraph(string Text) : SheetBlock;

internal sealed record SheetTable(TableDraft Draft) : SheetBlock;

/// <summary>
/// Splits a sheet the way a Word document of the same report is laid out. A row holding a single cell is text
/// outside the forms — a title, a 单位：万元 line, a note or a 填表人 footer — when that cell spans the sheet's
/// width (titles are merged across the form), when it is long text in the first column, or when it lies above
/// the first or below the last row with several cells. Those rows become paragraphs; blank rows and text rows
/// end a form, so a sheet with several forms gives several tables.
/// </summary>
internal static class SheetLayout
{
    /// <summary>A sentence, not a label or a value: labels and values in a form row are far shorter.</summary>
    public const int LongText = 50;

    public static IEnumerable<SheetBlock> Blocks(SheetGrid grid)
    {
        if (grid.Cells.Count == 0) yield break;
        var rowCount = grid.Cells.Max(c => c.Row + c.RowSpan);
        var starting = new List<GridCell>[rowCount];
        var spannedInto = new bool[rowCount];
        foreach (var cell in grid.Cells)
        {
            (starting[cell.Row] ??= []).Add(cell);
            for (var r = cell.Row + 1; r < cell.Row + cell.RowSpan; r++) spannedInto[r] = true;
        }
        bool Lone(int r) => starting[r] is [{ RowSpan: 1 }] && !spannedInto[r];
        bool Several(int r) => !Lone(r) && (starting[r] is not null || spannedInto[r]);
        var firstForm = Enumerable.Range(0, rowCount).FirstOrDefault(Several, rowCount);
        var lastForm = Enumerable.Range(0, rowCount).LastOrDefault(Several, -1);

        var form = new List<int>();
        for (var r = 0; r < rowCount; r++)
        {
            var blank = starting[r] is null && !spannedInto[r];
            var text = Lone(r) && IsText(starting[r]![0], grid.Width, r < firstForm || r > lastForm);
            if (!blank && !text)
            {
                form.Add(r);
                continue;
            }
            if (Table(grid.Name, form, starting) is { } table) yield return table;
            form.Clear();
            if (text) yield return new SheetParagraph(starting[r]![0].Text);
        }
        if (Table(grid.Name, form, starting) is { } last) yield return last;
    }

    private static bool IsText(GridCell cell, int width, bool outsideForms) =>
        outsideForms || cell.ColumnSpan >= width || (cell.Column == 0 && cell.Text.Trim().Length >= LongText);

    private static SheetTable? Table(string caption, List<int> rows, List<GridCell>[] starting)
    {
        if (rows.Count == 0) return null;
        var cells = rows.SelectMany(r => starting[r] ?? []).ToList();
        if (cells.Count == 0) return null;
        var top = rows[0];
        var column = FormColumns(cells);
        var draft = new TableDraft(1) { Caption = caption };
        foreach (var c in cells)
        {
            var first = column[c.Column];
            draft.AddCell(c.Row - top, first, c.Text, c.RowSpan, column[c.Column + c.ColumnSpan] - first);
        }
        return new SheetTable(draft);
    }

    /// <summary>
    /// Each sheet column's index among the form's own columns: those some cell of the form starts in. A sheet's grid
    /// is shared by every form on it (and laid out for print), so a form's cells are merged across grid columns that
    /// split nothing in it, and a column no cell of it starts in (a gap between merges, a blank column) is no column
    /// of the form; its Word original has none. The entry past a cell's last column gives where its span ends.
    /// </summary>
    private static int[] FormColumns(List<GridCell> cells)
    {
        var right = cells.Max(c => c.Column + c.ColumnSpan);
        var starts = new bool[right + 1];
        foreach (var c in cells) starts[c.Column] = true;
        var index = new int[right + 1];
        var next = 0;
        for (var i = 0; i <= right; i++)
        {
            index[i] = next;
            if (i < right && starts[i]) next++;
        }
        return index;
    }
}

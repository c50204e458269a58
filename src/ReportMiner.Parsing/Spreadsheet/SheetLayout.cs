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
        var left = cells.Min(c => c.Column);
        var draft = new TableDraft(1) { Caption = caption };
        foreach (var c in cells) draft.AddCell(c.Row - top, c.Column - left, c.Text, c.RowSpan, c.ColumnSpan);
        return new SheetTable(draft);
    }
}

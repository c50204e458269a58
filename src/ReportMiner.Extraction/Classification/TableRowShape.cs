using System.Globalization;
using ReportMiner.Documents.Model;

namespace ReportMiner.Extraction.Classification;

/// <summary>A table row as the row-role classifier sees it: the cells that start in the row (a merged cell
/// once, with its column span), where the row sits, and how many columns cells from rows above cover.</summary>
public sealed record TableRowShape(IReadOnlyList<RowCell> Cells, int RowIndex, int RowCount, int ColumnCount, int CoveredFromAbove)
{
    public const string CellSeparator = " | ";

    /// <summary>The row's shape. Blank cells that open the row under a filled cell of a row above are counted as
    /// covered from above: an export that split a merged level label (产出指标 over three rows) into one filled cell
    /// and blanks leaves the row the model learnt as "covered by a merge" looking like a note indented by blanks.</summary>
    public static TableRowShape Of(Table table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var own = table.RowCells(row).ToArray();
        var lost = own.TakeWhile(c => c.Text.Trim().Length == 0 && c.ColumnSpan == 1 && FilledAbove(table, row, c.Column)).Count();
        if (lost == own.Length) lost = 0;
        var cells = own.Skip(lost).Select(c => new RowCell(c.Text, c.ColumnSpan)).ToArray();
        var above = Enumerable.Range(0, table.ColumnCount).Count(c => table.CellAt(row, c) is { } cell && cell.Row < row);
        return new TableRowShape(cells, row, table.RowCount, table.ColumnCount, above + lost);
    }

    /// <summary>True for a blank cell among those opening the row under a filled cell of a row above: the rest of
    /// a merged cell an export split into blanks, which belongs to the row above as a merged cell would.</summary>
    public static bool IsLostMerge(Table table, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var cell in table.RowCells(row))
        {
            if (cell.Text.Trim().Length > 0 || cell.ColumnSpan != 1 || !FilledAbove(table, row, cell.Column)) return false;
            if (cell.Column == column) return table.RowCells(row).Any(c => c.Text.Trim().Length > 0);
        }
        return false;
    }

    // The nearest cell above in the column that is not blank is a filled one-column cell (blanks between were split
    // off the same merge).
    private static bool FilledAbove(Table table, int row, int column)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (table.CellAt(r, column) is not { ColumnSpan: 1 } cell || cell.Column != column) return false;
            if (cell.Text.Trim().Length > 0) return true;
        }
        return false;
    }

    /// <summary>The fields of a corpus/labels/row-roles.tsv line after text, label and group:
    /// spans, row, rows, columns, covered-from-above.</summary>
    public static TableRowShape Parse(string cells, IReadOnlyList<string> shape)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Count < 5) throw new InvalidDataException($"a row line needs spans, row, rows, columns and covered-from-above: {cells}");
        var texts = cells.Split(CellSeparator);
        var spans = shape[0].Split(',').Select(Int).ToArray();
        if (spans.Length != texts.Length) throw new InvalidDataException($"{texts.Length} cells but {spans.Length} spans: {cells}");
        return new TableRowShape(texts.Zip(spans, (t, s) => new RowCell(t, s)).ToArray(), Int(shape[1]), Int(shape[2]), Int(shape[3]), Int(shape[4]));
    }

    private static int Int(string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new InvalidDataException($"not a number: '{s}'");
}

public sealed record RowCell(string Text, int ColumnSpan);

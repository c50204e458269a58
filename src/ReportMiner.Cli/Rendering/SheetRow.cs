using ReportMiner.Store.Exporting;

namespace ReportMiner.Cli.Rendering;

/// <summary>One row of a sheet, read by column name, as console text.</summary>
internal sealed class SheetRow(Sheet sheet, object?[] values)
{
    public object? this[string column] => values[IndexOf(column)];

    public string Text(string column) => SheetOutput.Show(this[column]);

    /// <summary>The file name alone: paths make tables wide and say little.</summary>
    public string FileName(string column) => Path.GetFileName(Text(column));

    private int IndexOf(string column)
    {
        for (var i = 0; i < sheet.Columns.Count; i++)
            if (sheet.Columns[i] == column) return i;
        throw new ArgumentException($"The sheet has no column '{column}'.", nameof(column));
    }
}

using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>A filled cell of a sheet's visible grid; a merged range is one cell with spans.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);

/// <summary>The visible used range of one worksheet, with rows and columns counted from its top-left corner.</summary>
internal sealed record SheetGrid(string Name, IReadOnlyList<GridCell> Cells, int Width)
{
    /// <summary>The whole sheet as one table captioned with the sheet name.</summary>
    public TableDraft ToTable()
    {
        var draft = new TableDraft(1) { Caption = Name };
        foreach (var c in Cells) draft.AddCell(c.Row, c.Column, c.Text, c.RowSpan, c.ColumnSpan);
        return draft;
    }
}

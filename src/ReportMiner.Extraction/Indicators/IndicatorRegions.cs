using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Which table rows lie under an indicator header: other rules leave those rows to the indicator rule.</summary>
public static class IndicatorRegions
{
    /// <summary>True when an indicator header sits above <paramref name="item"/> in its table, within the same project section.</summary>
    public static bool IsUnderIndicatorHeader(IEnumerable<DocItem> section, DocItem item)
    {
        if (item.Table is not { } table || item.Row is not { } row) return false;
        return section.Any(i => i.Table == table && i.Row < row && HeaderSemantics.Read(i.Cells, c => SpansDown(table, i.Row!.Value, c)) is not null);
    }

    public static bool SpansDown(Table table, int row, int column)
    {
        var cell = table.CellAt(row, column);
        return cell is not null && cell.Row + cell.RowSpan > row + 1;
    }
}

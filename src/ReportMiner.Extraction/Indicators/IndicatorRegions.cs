using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Which table rows lie under an indicator header: other rules leave those rows to the indicator rule.</summary>
public sealed class IndicatorRegions
{
    private readonly Dictionary<Table, int> _firstHeaderRow = [];

    /// <summary>Finds the indicator headers of one project section once.</summary>
    public IndicatorRegions(IEnumerable<DocItem> section)
    {
        foreach (var item in section.Where(i => i.IsRow))
            if (!_firstHeaderRow.ContainsKey(item.Table!) && HeaderSemantics.Read(item.Cells, c => SpansDown(item.Table!, item.Row!.Value, c)) is not null)
                _firstHeaderRow[item.Table!] = item.Row!.Value;
    }

    /// <summary>True when an indicator header sits above <paramref name="item"/> in its table, within the section.</summary>
    public bool Contains(DocItem item) =>
        item.Table is { } table && item.Row is { } row && _firstHeaderRow.TryGetValue(table, out var header) && header < row;

    public static bool SpansDown(Table table, int row, int column)
    {
        var cell = table.CellAt(row, column);
        return cell is not null && cell.Row + cell.RowSpan > row + 1;
    }
}

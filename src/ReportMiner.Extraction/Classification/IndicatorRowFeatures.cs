namespace ReportMiner.Extraction.Classification;

/// <summary>
/// A table row as the indicator-row model sees it: its cells' text (as the row-role model reads it) and the kinds of
/// its filled cells (<see cref="CellShapes"/>) as tokens: which kinds it holds, the first one, and each pair of
/// neighbouring kinds. No position, cell count or span: those told the documents apart rather than the rows.
/// </summary>
public static class IndicatorRowFeatures
{
    public static readonly IReadOnlyList<string> Fields = ["Text", "Tokens"];

    public static ClassifierInput Of(TableRowShape row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kinds = row.Cells.Select(c => CellShapes.KindOf(c.Text)).Where(k => k != CellShapes.Empty).ToArray();
        var tokens = kinds.Distinct().Select(k => "has:" + k)
            .Concat(kinds.Take(1).Select(k => "first:" + k))
            .Concat(kinds.Zip(kinds.Skip(1), (a, b) => $"{a}>{b}").Distinct());
        return new ClassifierInput { Text = RowFeatures.Of(row).Text, Tokens = string.Join(' ', tokens) };
    }
}

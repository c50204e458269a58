namespace ReportMiner.Parsing.Text;

/// <summary>Rows of a plain tab table: one line per row, cells separated by tabs.</summary>
internal static class PlainTableRows
{
    public static IReadOnlyList<TextRow> Read(TableSegment segment) =>
        segment.Lines.Where(l => l.HasTab).Select(l => new TextRow(l.Text.Split('\t'), l.Page)).ToList();
}

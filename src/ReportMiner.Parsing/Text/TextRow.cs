namespace ReportMiner.Parsing.Text;

/// <summary>A row read from text: cell texts left to right and the page it is on.</summary>
internal sealed record TextRow(IReadOnlyList<string> Cells, int Page);

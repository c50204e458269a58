namespace ReportMiner.Extraction.Indicators;

/// <summary>One column of a (possibly multi-row) header: the text that names it, its role, and whether it is a
/// side label spanning the rows below rather than a column header.</summary>
internal sealed record HeaderColumn(string Text, ColumnRole Role, bool SideLabel = false);

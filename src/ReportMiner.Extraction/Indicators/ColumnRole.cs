namespace ReportMiner.Extraction.Indicators;

/// <summary>What a column of an indicator table holds, read from its header.</summary>
public enum ColumnRole
{
    None,
    Level1,
    Level2,
    Name,
    Target,
    Actual,
    Rate,
    Weight,
    Score,
    Met,
}

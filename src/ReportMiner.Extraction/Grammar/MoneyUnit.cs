namespace ReportMiner.Extraction.Grammar;

/// <summary>The unit a money amount is written in: 元, 万元 or 亿元.</summary>
public enum MoneyUnit
{
    Yuan,
    Wan,
    Yi,
}

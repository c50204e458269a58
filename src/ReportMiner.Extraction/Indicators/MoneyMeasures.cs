namespace ReportMiner.Extraction.Indicators;

/// <summary>The budget's money words (Data/money-measure-words.tsv), shared by the prose indicator readers.</summary>
public static class MoneyMeasures
{
    private static readonly string[] Words = EmbeddedData.Lines("Indicators.Data.money-measure-words.tsv").ToArray();

    public static bool Names(string text) => Words.Any(w => text.Contains(w, StringComparison.Ordinal));
}

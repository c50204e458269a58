namespace ReportMiner.Extraction.Indicators;

/// <summary>The budget's money words (Data/money-measure-words.tsv), shared by the prose indicator readers.</summary>
public static class MoneyMeasures
{
    private static readonly string[] Words = EmbeddedData.Lines("Indicators.Data.money-measure-words.tsv").ToArray();

    public static bool Names(string text) => Words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static readonly string[] PayoutEndings = EmbeddedData.Lines("Indicators.Data.payout-rate-endings.tsv").ToArray();

    /// <summary>
    /// A rate of money handed out to the project's beneficiaries (经费发放率, 补贴资金兑付率,
    /// Data/payout-rate-endings.tsv): an output of the project whatever money word its name holds.
    /// </summary>
    public static bool IsPayoutRate(string name) => PayoutEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));
}

using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The unit of a table amount when nothing declares it: 万元, the genre's default, unless the figure would then
/// exceed any single project's budget (a scan that lost "（元）" still shows 6,820,000.00, which is 元).
/// </summary>
public static class UndeclaredUnit
{
    private const double ImplausibleWan = 1_000_000;

    public static MoneyUnit Guess(string valueText) =>
        MoneyParser.TryParseWan(valueText, MoneyUnit.Wan, out var wan) && wan >= ImplausibleWan ? MoneyUnit.Yuan : MoneyUnit.Wan;
}

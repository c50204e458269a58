using System.Globalization;

namespace ReportMiner.Extraction.Grammar;

/// <summary>
/// A run of digits as a decimal, or nothing when it is too long to be an amount or a measure: a document can print
/// 400 digits in a cell, and decimal arithmetic on them (× 10000 for 亿元) would overflow.
/// </summary>
public static class PlainNumber
{
    /// <summary>Far above any budget in 元 (a national budget is about 10^13), far below decimal's range.</summary>
    private const decimal Largest = 1e18m;

    public static bool TryParse(string digits, out decimal value) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && value <= Largest;
}

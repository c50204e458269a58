using System.Globalization;
using ReportMiner.Parsing.Text;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A money row's figures glued into one run of digits ("194.9194.9100%": budget 194.9, spending 194.9, rate 100%),
/// cut where the cut checks: the last amount over the one before it gives the printed rate. The header says how many
/// amounts there can be and whether a points cell (分值) stands before the rate. A run that more than one cut
/// explains, or none, stays as it is.
/// </summary>
internal static class GluedFigureRun
{
    // Longer runs are not a row of a budget table, and the cap keeps the search small (at most C(29, 5) cuts).
    private const int LongestRun = 30;
    private const int MaxAmounts = 4;
    private const int MinAmounts = 2;
    private const int LongestAmount = 12;
    private const int MaxDecimals = 4;
    private const double MaxRate = 300;
    private const double RateTolerance = 0.6;

    /// <summary>The amounts, the points (or null) and the rate the run was glued from, or null when no single cut checks.</summary>
    public static (string[] Amounts, string? Points, string Rate)? Cut(string run, int amountColumns, bool pointsColumn)
    {
        if (run.Length > LongestRun || amountColumns < MinAmounts || amountColumns > MaxAmounts) return null;
        (string[] Amounts, string? Points, string Rate)? found = null;
        var ambiguous = false;
        var pieces = new List<string>();

        void Search(int at)
        {
            if (ambiguous) return;
            var remaining = run.Length - at;
            if (remaining <= 0) return;
            // The rate closes the run.
            if (pieces.Count >= MinAmounts && IsRate(run[at..]) && Explains(pieces, pointsColumn, run[at..]) is { } reading)
            {
                if (found is not null) ambiguous = true;
                found = reading;
            }
            if (pieces.Count >= amountColumns + (pointsColumn ? 1 : 0)) return;
            for (var length = 1; length <= Math.Min(LongestAmount, remaining - 1); length++)
            {
                var piece = run.Substring(at, length);
                if (!IsAmount(piece)) continue;
                pieces.Add(piece);
                Search(at + length);
                pieces.RemoveAt(pieces.Count - 1);
            }
        }

        // The last piece before the rate may be the last amount or, under a points column, the points.
        (string[], string?, string)? Explains(List<string> cut, bool points, string rate)
        {
            var asAmounts = cut.Count <= amountColumns && Checks(cut, rate);
            var withoutLast = cut.Take(cut.Count - 1).ToList();
            var asPoints = points && PointsScoreRuns.IsWholePoints(cut[^1]) && withoutLast.Count >= MinAmounts && withoutLast.Count <= amountColumns && Checks(withoutLast, rate);
            if (asAmounts && asPoints) ambiguous = true;
            if (asAmounts == asPoints) return null;
            return asAmounts ? (cut.ToArray(), null, rate) : (withoutLast.ToArray(), cut[^1], rate);
        }

        Search(0);
        return ambiguous ? null : found;
    }

    /// <summary>
    /// The last amount over the one before it (the budget column stands left of the spending) is the rate, within
    /// rounding; a zero rate checks nothing, since any cut that ends in a zero amount would explain it.
    /// </summary>
    private static bool Checks(IReadOnlyList<string> amounts, string rate)
    {
        var actual = Parse(amounts[^1]);
        var budget = Parse(amounts[^2]);
        var percent = Parse(rate);
        return percent > 0 && budget > 0 && Math.Abs(actual / budget * 100 - percent) <= RateTolerance;
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>A printed amount: no leading zero, a point with one to four decimals, and no trailing zero past two.</summary>
    private static bool IsAmount(string piece)
    {
        var point = piece.IndexOf('.');
        var whole = point < 0 ? piece : piece[..point];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || (whole.Length > 1 && whole[0] == '0')) return false;
        if (point < 0) return true;
        var decimals = piece[(point + 1)..];
        return decimals.Length is >= 1 and <= MaxDecimals && decimals.All(char.IsAsciiDigit) && (decimals.Length <= 2 || decimals[^1] != '0');
    }

    private static bool IsRate(string piece) => IsAmount(piece) && piece.IndexOf('.') is var point && (point < 0 ? piece.Length : point) <= 3
                                                && (point < 0 || piece.Length - point - 1 <= 2) && Parse(piece) <= MaxRate;
}

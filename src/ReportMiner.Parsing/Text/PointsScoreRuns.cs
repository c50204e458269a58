using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A form row's 分值 (points) and 得分 (score) where the separator between them, or between the points and the figure
/// after them, was lost: the reading the glued-line cut of the text parser and the extraction's glued-row readers
/// (GluedIndicatorRows, GluedPointsScoreRows) all make, kept in one place so that they cannot drift apart.
/// </summary>
public static partial class PointsScoreRuns
{
    /// <summary>No row of a form carries more points than the whole form.</summary>
    public const int MaxPoints = 100;

    private const int LongestWholePoints = 3;

    // "100.00" is the longest figure PointsFigure reads, so no longer run of two of them has a cut.
    private const int LongestRun = 12;

    /// <summary>
    /// The one cut of a run of digits into 分值 and 得分 ("2018": 20 points, 18 scored; "10.59.5": 10.5 and 9.5) where
    /// neither has a leading zero or more than three whole digits or two decimals, neither is zero ("20" may be 20
    /// points not yet scored), the score is no more than the points and the points no more than 100; null where no
    /// cut or more than one cut explains the run.
    /// </summary>
    public static (string Points, string Score)? Cut(string run)
    {
        if (run.Length > LongestRun) return null;
        (string Points, string Score)? found = null;
        for (var cut = 1; cut < run.Length; cut++)
        {
            var (points, score) = (run[..cut], run[cut..]);
            if (!PointsFigure().IsMatch(points) || !PointsFigure().IsMatch(score)) continue;
            var (p, s) = (double.Parse(points, CultureInfo.InvariantCulture), double.Parse(score, CultureInfo.InvariantCulture));
            if (p == 0 || s == 0 || p > MaxPoints || s > p) continue;
            if (found is not null) return null;
            found = (points, score);
        }
        return found;
    }

    /// <summary>Whether whole digits read as a row's points: no leading zero, at most three digits, no more than 100.</summary>
    public static bool IsWholePoints(string digits) =>
        digits.Length is > 0 and <= LongestWholePoints && digits[0] != '0' && digits.All(char.IsAsciiDigit)
        && int.Parse(digits, CultureInfo.InvariantCulture) <= MaxPoints;

    /// <summary>
    /// Whether points read before a figure ("510%": 51 points, 0%) could as well be a shorter head of them with their
    /// later digits opening the figure (5 points, 10%) and that head still no less than the row's score: then the
    /// digits mark no one cut. A later digit 0 opens no figure ("10100%": 0100% is none).
    /// </summary>
    public static bool ShorterHeadHoldsScore(string points, int score) =>
        Enumerable.Range(1, Math.Max(points.Length - 1, 0))
            .Any(cut => points[cut] != '0' && score <= int.Parse(points[..cut], CultureInfo.InvariantCulture));

    // No leading zero but a zero alone; at most two decimals.
    [GeneratedRegex(@"^(?:0|[1-9][0-9]{0,2})(?:\.[0-9]{1,2})?$")]
    private static partial Regex PointsFigure();
}

using System.Globalization;
using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// An execution rate cell printed without its % sign: "执行率(B/A)" over "1" (a fraction) or "20" (percent points)
/// beside 预算数 50 and 执行数 10. A bare number could be anything, so it is read as the rate only when the row's own
/// spending over its budget gives it, as a fraction or in percent points.
/// </summary>
public static class BareRate
{
    private const double PointsTolerance = 0.6;

    /// <returns>The rate as "N%", or null when the cell is not a bare number the row's amounts agree with.</returns>
    public static string? Read(IReadOnlyList<string> cells, IReadOnlyList<MoneyRole> roles, int rateColumn)
    {
        if (rateColumn < 0 || rateColumn >= cells.Count || MoneyAssignment.Percent(cells[rateColumn]) is not null) return null;
        if (!double.TryParse(cells[rateColumn].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bare)) return null;
        var budget = Amount(cells, roles, MoneyRole.BudgetAdjusted) ?? Amount(cells, roles, MoneyRole.Budget);
        var actual = Amount(cells, roles, MoneyRole.Actual);
        if (budget is not > 0 || actual is null) return null;
        var points = actual.Value / budget.Value * 100;
        if (Math.Abs(points - bare) <= PointsTolerance) return Format(bare);
        if (Math.Abs(points - bare * 100) <= PointsTolerance) return Format(bare * 100);
        return null;
    }

    private static string Format(double points) => Math.Round(points, 2).ToString(CultureInfo.InvariantCulture) + "%";

    private static double? Amount(IReadOnlyList<string> cells, IReadOnlyList<MoneyRole> roles, MoneyRole role)
    {
        var c = roles.Count - 1;
        while (c >= 0 && roles[c] != role) c--;
        if (c < 0 || c >= cells.Count) return null;
        return MoneyParser.TryParseWan(cells[c], MoneyUnit.Wan, out var v) ? v : null;
    }
}

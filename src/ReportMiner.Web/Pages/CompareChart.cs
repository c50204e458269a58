using ReportMiner.Store.Comparing;

namespace ReportMiner.Web.Pages;

/// <summary>One bar of the target and budget charts: a report, or past <see cref="CompareChart.MaxBars"/> the mean of a city's reports.</summary>
public sealed record ChartBar(
    string? City, int? Year, int Reports, double? ActualValue, double? TargetValue, bool? Met, double? BudgetWan, double? ActualWan, double? ExecutionRatePct);

/// <summary>One city's line over the years: the mean actual value of its reports in each year.</summary>
public sealed record ChartLine(string Name, IReadOnlyList<double?> Data);

/// <summary>
/// The series /api/compare/chart sends to the compare page's charts: bounded whatever the row count (at most
/// <see cref="MaxBars"/> bars, <see cref="MaxLines"/> lines), so the browser never receives every row to draw three charts.
/// </summary>
public sealed record CompareChart(int Rows, IReadOnlyList<ChartBar> Bars, IReadOnlyList<int> Years, IReadOnlyList<ChartLine> Lines)
{
    public const int MaxBars = 40;
    public const int MaxLines = 12;
    private const string Unknown = "（未知）";

    public static CompareChart Of(IReadOnlyList<CompareRow> rows)
    {
        var byCity = new Dictionary<string, List<CompareRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var city = row.City ?? Unknown;
            if (!byCity.TryGetValue(city, out var list)) byCity[city] = list = [];
            list.Add(row);
        }
        var busiest = byCity.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();
        return new CompareChart(rows.Count, BarsOf(rows, busiest), YearsOf(rows), LinesOf(rows, busiest));
    }

    private static IReadOnlyList<ChartBar> BarsOf(IReadOnlyList<CompareRow> rows, KeyValuePair<string, List<CompareRow>>[] busiest)
    {
        if (rows.Count <= MaxBars)
            return rows.Select(r => new ChartBar(r.City, r.Year, 1, r.ActualValue, r.TargetValue, r.Met, r.BudgetWan, r.ActualWan, r.ExecutionRatePct)).ToArray();
        return busiest.Take(MaxBars).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ChartBar(
            c.Value.Count > 1 ? $"{c.Key} ({c.Value.Count})" : c.Key, null, c.Value.Count,
            Mean(c.Value, r => r.ActualValue), Mean(c.Value, r => r.TargetValue), null,
            Mean(c.Value, r => r.BudgetWan), Mean(c.Value, r => r.ActualWan), Mean(c.Value, r => r.ExecutionRatePct))).ToArray();
    }

    private static IReadOnlyList<int> YearsOf(IReadOnlyList<CompareRow> rows) =>
        rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().Order().ToArray();

    private static IReadOnlyList<ChartLine> LinesOf(IReadOnlyList<CompareRow> rows, KeyValuePair<string, List<CompareRow>>[] busiest)
    {
        var years = YearsOf(rows);
        return busiest.Take(MaxLines).Select(c =>
        {
            var byYear = c.Value.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => Mean(g, r => r.ActualValue));
            return new ChartLine(c.Key, years.Select(y => byYear.GetValueOrDefault(y)).ToArray());
        }).ToArray();
    }

    /// <summary>Mean of the known values, to two decimals; null when none is known.</summary>
    private static double? Mean(IEnumerable<CompareRow> rows, Func<CompareRow, double?> value)
    {
        double sum = 0;
        var count = 0;
        foreach (var row in rows)
            if (value(row) is { } v) { sum += v; count++; }
        return count == 0 ? null : Math.Round(sum / count, 2);
    }
}

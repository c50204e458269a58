using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The points the rows of one score table share out. A row that carries the whole table's points, exactly what the
/// scored rows above it add up to, is their total whatever its label says ("项目绩效 | 100% | | 82.68"): no indicator
/// of a table that scores others takes all of its points.
/// </summary>
internal sealed class SharedPoints
{
    private const double FullPoints = 100;
    private const double Tolerance = 0.5;
    private const int MinRowsAbove = 2;

    private double sum;
    private int rows;

    public bool IsTotal(IndicatorRecord indicator) =>
        rows >= MinRowsAbove && indicator.Weight is { } weight
        && Math.Abs(weight - FullPoints) <= Tolerance && Math.Abs(weight - sum) <= Tolerance;

    public void Add(IndicatorRecord indicator)
    {
        if (indicator.Weight is not { } weight) return;
        sum += weight;
        rows++;
    }
}

using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A paragraph that states its grants one after another and then their sum: "…下达…预算463142万元；…下达…预算163455万元；
/// …预算44440万元；2021年农业生产发展资金合计671037万元", or "预拨资金3608万元(中央资金2855万元、省级资金753万元)…剩余的
/// 清算资金120万元…资金3728万元全部执行到位". The first grant is one batch of the project's money; the amount that adds up
/// the run of amounts just before it is the whole, and so the budget.
/// </summary>
public static class SummedTotal
{
    private const double Tolerance = 0.005;

    // A run of a few grants; a line of hundreds of amounts is not summed from every start.
    private const int LongestRun = 12;

    /// <param name="wan">Each amount of the paragraph in 万元 (null where it does not parse).</param>
    /// <param name="totalClause">Whether the words before the amount may name a total of money (a sum word, 资金 or 经费, no skip word).</param>
    /// <param name="grantClause">Whether the words before the amount name money granted (下达…资金, 拨付…经费).</param>
    /// <returns>The index of the amount that is the project's whole budget, or −1.</returns>
    public static int Find(IReadOnlyList<double?> wan, IReadOnlyList<bool> totalClause, IReadOnlyList<bool> grantClause, double? budget)
    {
        for (var j = 2; j < wan.Count; j++)
        {
            if (!totalClause[j] || wan[j] is not { } whole || whole <= 0) continue;
            if (budget is { } b && b >= whole - Tolerance) continue;
            var sum = 0.0;
            for (var k = j - 1; k >= 0 && k >= j - LongestRun; k--)
            {
                if (wan[k] is not { } part || part <= 0) break;
                sum += part;
                if (sum > whole + Tolerance) break;
                if (j - k < 2 || Math.Abs(sum - whole) >= Tolerance) continue;
                if (budget is { } current ? Holds(wan, k, j, current) : grantClause[k]) return j;
            }
        }
        return -1;
    }

    /// <summary>The budget read is one of the run's amounts, or the amount just before the run that its first amounts add up to.</summary>
    private static bool Holds(IReadOnlyList<double?> wan, int start, int end, double budget)
    {
        for (var k = start; k < end; k++)
            if (wan[k] is { } v && Math.Abs(v - budget) < Tolerance) return true;
        if (start == 0 || wan[start - 1] is not { } before || Math.Abs(before - budget) >= Tolerance) return false;
        var prefix = 0.0;
        for (var k = start; k < end - 1; k++)
        {
            prefix += wan[k] ?? 0;
            if (Math.Abs(prefix - budget) < Tolerance) return true;
        }
        return false;
    }
}

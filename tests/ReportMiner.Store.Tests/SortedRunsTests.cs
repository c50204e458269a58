using ReportMiner.Store.Comparing;

namespace ReportMiner.Store.Tests;

public sealed class SortedRunsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(500, 1)]
    [InlineData(500, 2)]
    [InlineData(501, 3)]
    [InlineData(1000, 37)]
    [InlineData(300, 300)]
    public void A_list_of_sorted_runs_or_of_no_order_at_all_comes_out_as_a_full_sort_orders_it(int count, int runs)
    {
        var random = new Random(count * 31 + runs);
        // Runs of sorted numbers one after another, the last run shorter, as names' rows come; then the same numbers shuffled.
        var items = Enumerable.Range(0, count).Select(i => (Run: i % runs, Value: random.Next(100))).GroupBy(x => x.Run)
            .SelectMany(run => run.Select(x => x.Value).Order()).ToList();
        var shuffled = items.OrderBy(_ => random.Next()).ToList();

        Assert.Equal(items.Order(), SortedRuns.Sort(items, (a, b) => a.CompareTo(b)));
        Assert.Equal(items.Order(), SortedRuns.Sort(shuffled, (a, b) => a.CompareTo(b)));
    }
}

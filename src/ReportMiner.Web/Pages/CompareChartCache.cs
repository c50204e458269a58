namespace ReportMiner.Web.Pages;

/// <summary>
/// The compare charts already computed, per store and query, valid for one store generation
/// (<see cref="Store.Browsing.StoreGeneration"/>): a repeated chart is not recomputed until an import changes the store.
/// </summary>
public sealed class CompareChartCache
{
    private const int MaxEntries = 256;

    private readonly object _gate = new();
    private readonly Dictionary<(string Store, string Query), (string Generation, CompareChart Chart)> _charts = [];
    private long _computed;

    /// <summary>How many charts were computed rather than found (for tests and diagnostics).</summary>
    public long Computed => Interlocked.Read(ref _computed);

    public (CompareChart Chart, bool Cached) Get(string store, string generation, string query, Func<CompareChart> compute)
    {
        lock (_gate)
        {
            if (_charts.TryGetValue((store, query), out var entry) && entry.Generation == generation) return (entry.Chart, true);
        }
        // Computed outside the lock: a slow chart must not hold up cached ones. Two requests may compute the same chart once each.
        var chart = compute();
        Interlocked.Increment(ref _computed);
        lock (_gate)
        {
            if (_charts.Count >= MaxEntries && !_charts.ContainsKey((store, query))) _charts.Clear();
            _charts[(store, query)] = (generation, chart);
        }
        return (chart, false);
    }
}

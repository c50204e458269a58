using System.Data.Common;
using System.Diagnostics;
using ReportMiner.Store.Indexing;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Brings the search index up to date during an import, in steps of a bounded number of written documents: what one
/// catch-up holds in memory grows with the documents it indexes, so a single catch-up at the end made an import's peak
/// memory grow with the size of the run.
/// </summary>
internal sealed class IndexCatchUp(DbConnection connection, int step)
{
    private readonly Stopwatch _clock = new();
    private int _indexedUpTo;
    private bool _failed;

    /// <summary>Time spent in catch-ups so far.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// After a committed batch: catches up once a step's worth of documents was written since the last catch-up, unless
    /// less than a step's worth of files is left (the catch-up at the end takes those along: each catch-up has a fixed cost)
    /// or another process holds the index (another importer's catch-up, or a search, takes this one's documents along;
    /// the next batch tries again).
    /// </summary>
    public void AfterBatch(ImportProgress progress)
    {
        var written = progress.Imported + progress.Failed;
        if (_failed || written - _indexedUpTo < step || progress.Total - progress.Done < step) return;
        try
        {
            if (!TryCatchUp(written)) return;
            // A catch-up leaves tens of MB of garbage in gen2 and the large-object heap, which the import loop seldom collects:
            // kept committed, each catch-up started higher than the last (peak RSS +15-19 % from 525 to 2,100 reports).
            // A compacting collection of the few MB still alive returns it, for milliseconds every step's worth of documents.
            _clock.Start();
            var profile = Diagnostics.PhaseClock.Start("catch-up");
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            profile?.Mark("collect");
            profile?.Report();
            _clock.Stop();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The index only follows the store: a failed catch-up must not stop the import. The one at the end tries
            // again and reports its error, as a single catch-up at the end did.
            _failed = true;
        }
    }

    /// <summary>At the end of the run: catches up with whatever was written since the last catch-up.</summary>
    public void AtEnd(int written)
    {
        if (written > _indexedUpTo) CatchUp(written);
    }

    /// <summary>A catch-up during the run, skipped (false) while another process holds the index: the next batch tries again.</summary>
    private bool TryCatchUp(int written)
    {
        _clock.Start();
        try
        {
            if (SearchIndex.For(connection).TrySync(connection) is null) return false;
        }
        finally { _clock.Stop(); }
        _indexedUpTo = written;
        return true;
    }

    private void CatchUp(int written)
    {
        _clock.Start();
        try { SearchIndex.For(connection).Sync(connection, rebuild: false); }
        finally { _clock.Stop(); }
        _indexedUpTo = written;
    }
}

using System.Data.Common;
using System.Diagnostics;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Brings the search index up to date during an import, in steps of a bounded number of written documents: what one
/// catch-up holds in memory grows with the documents it indexes, so a single catch-up at the end made an import's peak
/// memory grow with the size of the run. A catch-up during the run reads the store through a connection of its own
/// while the import goes on writing (one at a time, so memory stays bounded): it no longer holds up the writer, whose
/// full queue stopped the workers for as long as the index took.
/// </summary>
internal sealed class IndexCatchUp(DbConnection connection, string databasePath, int step)
{
    private readonly object _gate = new();
    private readonly Stopwatch _waited = new();
    private TimeSpan _busy;
    private Task? _running;
    private int _indexedUpTo;
    private volatile bool _failed;

    /// <summary>Time spent in catch-ups so far, during the run and at its end.</summary>
    public TimeSpan Elapsed { get { lock (_gate) return _busy; } }

    /// <summary>Time the import waited for the index: the catch-up at the end, and the end of one still running then.</summary>
    public TimeSpan Waited => _waited.Elapsed;

    /// <summary>
    /// After a committed batch: starts a catch-up once a step's worth of documents was written since the last one, unless
    /// one is still running or less than a step's worth of files is left (the catch-up at the end takes those along:
    /// each catch-up has a fixed cost).
    /// </summary>
    public void AfterBatch(ImportProgress progress)
    {
        var written = progress.Imported + progress.Failed;
        if (_failed || written - _indexedUpTo < step || progress.Total - progress.Done < step) return;
        if (_running is { IsCompleted: false }) return;
        _indexedUpTo = written;
        _running = Task.Run(() =>
        {
            try
            {
                using var own = StoreDatabase.Open(databasePath);
                // Like the importer's: a catch-up reads the rows of a few hundred documents.
                if (own is Microsoft.Data.Sqlite.SqliteConnection)
                    Data.Db.Execute(own, null, "PRAGMA mmap_size = 0; PRAGMA cache_size = -8192;");
                CatchUp(own);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The index only follows the store: a failed catch-up must not stop the import. The one at the end tries
                // again and reports its error, as a single catch-up at the end did.
                _failed = true;
            }
        });
    }

    /// <summary>Waits for a catch-up still running (its failure is left to the catch-up at the end).</summary>
    public void Settle()
    {
        _waited.Start();
        try { _running?.Wait(); }
        catch (AggregateException ex) when (ex.InnerException is not OutOfMemoryException) { }
        finally { _waited.Stop(); }
    }

    /// <summary>At the end of the run: catches up with whatever was written since the last catch-up (or since one failed).</summary>
    public void AtEnd(int written)
    {
        Settle();
        if (written == 0 || (written <= _indexedUpTo && !_failed)) return;
        _waited.Start();
        try { CatchUp(connection); }
        finally { _waited.Stop(); }
    }

    private void CatchUp(DbConnection on)
    {
        var clock = Stopwatch.StartNew();
        try { SearchIndex.For(on).Sync(on, rebuild: false); }
        finally
        {
            lock (_gate) _busy += clock.Elapsed;
        }
    }
}

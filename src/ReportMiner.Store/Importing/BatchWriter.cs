using System.Diagnostics;
using System.Threading.Channels;
using System.Data.Common;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>The single writer: takes what the workers produced and commits it in batches, one document never split.</summary>
internal sealed class BatchWriter(DbConnection connection, long runId, int total, int batchSize, IProgress<ImportProgress>? progress,
    Action<ImportProgress>? afterBatch = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly HashSet<string> _writtenThisRun = new(StringComparer.Ordinal);
    private readonly List<ImportFailure> _failures = [];

    public int Imported { get; private set; }
    public int Unchanged { get; private set; }
    public IReadOnlyList<ImportFailure> Failures => _failures;
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Batches rolled back by the server (a deadlock's victim, a serialization failure) and written again.</summary>
    public int Retries { get; private set; }

    /// <summary>Documents written to the store so far: imported, or recorded as failed.</summary>
    public int Written => Imported + _failures.Count;

    public async Task DrainAsync(ChannelReader<WorkResult> results, StoredState state, CancellationToken ct)
    {
        progress?.Report(Snapshot(null));
        var batch = new List<WorkResult>(batchSize);
        while (await results.WaitToReadAsync(ct))
        {
            while (batch.Count < batchSize && results.TryRead(out var result)) batch.Add(result);
            // Importers that share files insert them in one order (by content), so they wait for each other instead of
            // deadlocking on the content's unique index; PostgreSQL may still pick one as a deadlock victim, which retries.
            batch.Sort((a, b) => string.CompareOrdinal(a.Sha256, b.Sha256));
            Write(batch, state);
            var snapshot = Snapshot(batch[^1].Path);
            afterBatch?.Invoke(snapshot);
            progress?.Report(snapshot);
            batch.Clear();
        }
    }

    private const int Attempts = 5;

    private void Write(List<WorkResult> batch, StoredState state)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (imported, unchanged, failures) = (Imported, Unchanged, _failures.Count);
            var written = new List<string>();
            try
            {
                using var writes = new WriteBatch(connection);
                writes.LockBuckets(batch.Select(result => result.Entry).OfType<DocumentEntry>(),
                    batch.Where(result => state.HoldsOtherVersion(result.Path, result.Sha256)).Select(result => result.Path).ToArray());
                foreach (var result in batch) Apply(result, state, writes, written);
                writes.Commit();
                return;
            }
            catch (DbException ex) when (attempt < Attempts && ex.SqlState is "40P01" or "40001")
            {
                // Rolled back whole: forget what this attempt counted, then write the batch again.
                (Imported, Unchanged) = (imported, unchanged);
                _failures.RemoveRange(failures, _failures.Count - failures);
                _writtenThisRun.ExceptWith(written);
                Retries++;
                Thread.Sleep(Random.Shared.Next(10, 50) * attempt);
            }
        }
    }

    private void Apply(WorkResult result, StoredState state, WriteBatch writes, List<string> written)
    {
        var entry = result.Entry;
        var duplicate = entry is { Failed: false } && _writtenThisRun.Contains(result.Sha256);
        if (entry is null || duplicate)
        {
            // Same content already stored: nothing is added, but a stale version at this path must go.
            if (state.HoldsOtherVersion(result.Path, result.Sha256)) writes.Remove(result.Path);
            Unchanged++;
            return;
        }
        if (!writes.Write(entry, runId))
        {
            // Another importer stored this content meanwhile (PostgreSQL, several processes): nothing more to add.
            Unchanged++;
            return;
        }
        if (entry.Failed)
        {
            _failures.Add(new ImportFailure(entry.Path, entry.ErrorKind ?? "Unknown", entry.Error!));
            return;
        }
        if (_writtenThisRun.Add(result.Sha256)) written.Add(result.Sha256);
        Imported++;
    }

    private ImportProgress Snapshot(string? lastFile) => new(total, Imported, Unchanged, _failures.Count, _clock.Elapsed, lastFile);
}

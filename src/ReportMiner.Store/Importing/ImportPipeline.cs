using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using System.Data.Common;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Office;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Sniffing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Imports files into the store: N workers hash, parse and extract in parallel; one writer commits their
/// results in batched transactions. A document is written whole in one transaction, so a killed run leaves
/// no half-written document and the next run picks up where it stopped (content already stored is skipped).
/// </summary>
public sealed class ImportPipeline(IDocumentWork work)
{
    public ImportPipeline(Func<string, CancellationToken, Document> read, Func<Document, string, DocumentRecord> extract)
        : this(new InProcessWork(read, extract))
    {
    }

    /// <summary>The parsers and extractor ReportMiner ships. Wiring a new extractor is a change to this one line.</summary>
    public static ImportPipeline CreateDefault() => new(DefaultWork());

    /// <summary>The shipped parsers and extractor, in this process.</summary>
    public static IDocumentWork DefaultWork() => new InProcessWork(DefaultDocumentReader.Create().Read, RuleBasedExtractor.Default.Extract);

    public static ImportPipeline With(IExtractor extractor) => new(DefaultDocumentReader.Create().Read, extractor.Extract);

    public async Task<ImportSummary> RunAsync(IReadOnlyList<string> files, string databasePath, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var connection = StoreDatabase.Open(databasePath);
        // The importer only appends: mapping the whole file, or a page cache it fills as the store grows (8 MB made its peak
        // memory grow with the run; 2 MB did not slow it), would make its memory grow with the store.
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
            Db.Execute(connection, null, "PRAGMA mmap_size = 0; PRAGMA cache_size = -2048;");
        var state = StoredState.Load(connection);
        RunLiveness.MarkInterrupted(connection);
        var runId = StartRun(connection, files);
        using var heartbeat = new Timer(_ =>
        {
            try { RunLiveness.Beat(databasePath, runId); }
            catch (Exception) { } // a timer callback must never throw: a missed beat is only late, the next one lands
        }, null, RunLiveness.Interval, RunLiveness.Interval);
        var timings = new ConcurrentDictionary<string, FormatTiming>();
        var channel = Channel.CreateBounded<WorkResult>(new BoundedChannelOptions(Math.Max(4, options.Jobs * 4))
        {
            SingleReader = true,
        });
        var index = new IndexCatchUp(connection, options.IndexStep);
        var writer = new BatchWriter(connection, runId, files.Count, options.BatchSize, progress, options.UpdateIndex ? index.AfterBatch : null);
        var writing = Task.Run(async () =>
        {
            try { await writer.DrainAsync(channel.Reader, state, CancellationToken.None); }
            catch (Exception ex)
            {
                // Nobody reads any more: the workers waiting to hand over a result must stop, not wait forever.
                channel.Writer.TryComplete(ex);
                throw;
            }
        }, CancellationToken.None);
        Task Lane(IEnumerable<string> lane, int width) =>
            Parallel.ForEachAsync(lane, new ParallelOptions { MaxDegreeOfParallelism = width, CancellationToken = cancellationToken },
                async (file, ct) =>
                {
                    options.Reading?.Invoke(file);
                    var result = Process(file, state, timings, options.PageProgress, ct);
                    options.DoneReading?.Invoke(file);
                    await channel.Writer.WriteAsync(result, ct);
                });
        try
        {
            // Legacy Office files mostly wait for LibreOffice, and files waiting together are converted in one call: a
            // lane of their own, wider than --jobs, lets the next batch fill while the previous one converts.
            var converted = files.Where(NeedsConversion).ToHashSet(StringComparer.Ordinal);
            await Task.WhenAll(
                Lane(files.Where(f => !converted.Contains(f)), options.Jobs),
                Lane(files.Where(converted.Contains), Math.Max(options.Jobs, options.ConvertedFilesInFlight)));
        }
        finally
        {
            work.FinishedReading();
            channel.Writer.TryComplete();
            // When the writer failed, the workers stopped with a closed channel; the writer's error, thrown here, is the one reported.
            await writing;
            FinishRun(connection, runId, writer, cancellationToken.IsCancellationRequested ? "cancelled" : "completed");
        }
        // The search index follows the store; bringing it up to date now keeps the first search fast.
        if (options.UpdateIndex) index.AtEnd(writer.Written);
        return new ImportSummary(runId, files.Count, writer.Imported, writer.Unchanged, writer.Failures.Count, writer.Elapsed,
            writer.Failures, timings.ToDictionary(p => p.Key, p => p.Value)) { IndexSync = index.Elapsed, Retries = writer.Retries };
    }

    private static bool NeedsConversion(string path) => FileKind.Special(path) is null && LegacyOfficeFiles.NeedsConversion(path);

    private WorkResult Process(string path, StoredState state, ConcurrentDictionary<string, FormatTiming> timings,
        Action<string, PageProgress>? pageProgress, CancellationToken ct)
    {
        string sha256;
        long size;
        try
        {
            sha256 = ContentHash.Of(path);
            size = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WorkResult(path, "", DocumentEntry.Failure(path, "", "unknown", 0, nameof(ParseErrorKind.NotFound), ex.Message));
        }
        if (state.HasImported(sha256)) return new WorkResult(path, sha256, null);
        var clock = Stopwatch.StartNew();
        var entry = work.Read(path, sha256, size, ct, pageProgress is null ? null : p => pageProgress(path, p));
        timings.AddOrUpdate(entry.Format, _ => new FormatTiming(1, clock.Elapsed), (_, t) => new FormatTiming(t.Documents + 1, t.Work + clock.Elapsed));
        return new WorkResult(path, sha256, entry);
    }

    private static long StartRun(DbConnection connection, IReadOnlyList<string> files) => Convert.ToInt64(Db.Scalar(connection, null,
        "INSERT INTO import_runs (started_at, inputs, total, host, pid, heartbeat_at) VALUES (@at, @inputs, @total, @host, @pid, @at) RETURNING id",
        ("@at", RunLiveness.Now()), ("@inputs", files.Count == 0 ? "" : Path.GetDirectoryName(files[0]) ?? ""),
        ("@total", files.Count), ("@host", Environment.MachineName), ("@pid", Environment.ProcessId)));

    private static void FinishRun(DbConnection connection, long runId, BatchWriter writer, string status) => Db.Execute(connection, null,
        "UPDATE import_runs SET finished_at = @at, imported = @imported, unchanged = @unchanged, failed = @failed, status = @status WHERE id = @id",
        ("@at", DateTime.UtcNow.ToString("O")), ("@imported", writer.Imported), ("@unchanged", writer.Unchanged),
        ("@failed", writer.Failures.Count), ("@status", status), ("@id", runId));
}

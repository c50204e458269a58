using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ReportMiner.Store.Data;
using ReportMiner.Store.Diagnostics;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// The Lucene.Net index beside a store: a derived view, never the truth. Its last commit records the store's
/// change sequence number it has caught up to; before each use it replays newer changes (re-reading the changed
/// documents from the store), and it rebuilds from scratch when missing, unreadable or of another format: an index that
/// cannot be read (a file cut short or missing, a header, footer or checksum wrong) is deleted and rebuilt, never trusted.
/// One instance per directory per process; other processes coordinate through Lucene's write lock.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>Bump when fields or analysis change: an index of another format is rebuilt.</summary>
    private const string Format = "4";
    private const string SeqKey = "seq";
    private const string FormatKey = "format";
    private const string StoreKey = "store";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    private static readonly ConcurrentDictionary<string, SearchIndex> Instances = new(StringComparer.Ordinal);

    private readonly object _gate = new();
    private readonly string _path;
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private (string Name, long Length, DateTime Written)? _readerCommit;
    // The last commit could not be read (damaged, or torn by a disk that lost what it acknowledged): the next sync starts afresh.
    private bool _damaged;

    private SearchIndex(string path) => _path = path;

    public static Similarity Similarity { get; } = new BM25Similarity();

    public static SearchIndex For(DbConnection connection) => For(StoreLocation.Of(connection).IndexDirectory);

    public static SearchIndex For(string directory) => Instances.GetOrAdd(System.IO.Path.GetFullPath(directory), path => new SearchIndex(path));

    public string Location => _path;

    /// <summary>A searcher over the index brought up to date with the store; dispose it to release its reader.</summary>
    public Lease Acquire(DbConnection connection)
    {
        // The store's identity and head in one round trip: on a busy PostgreSQL server each round trip waits for its backend.
        var (identity, head) = Browsing.StoreGeneration.Read(connection);
        lock (_gate)
        {
            using var shared = IndexLock.Acquire(_path, LockTimeout);
            Reopen();
            if (_reader is null || Seq(_reader) != head || !Describes(_reader, identity)) SyncLocked(connection, rebuild: false);
            _reader!.IncRef();
            return new Lease(_reader);
        }
    }

    /// <summary>
    /// A searcher over the index as it is, without asking the store, or null when there is no index of this format yet.
    /// The caller reads the store's generation with its hits and keeps the result only when <see cref="Lease.IsAt"/> it;
    /// otherwise it searches again through <see cref="Acquire"/>. In the usual case (the store unchanged) a search then
    /// asks the store once instead of twice.
    /// </summary>
    public Lease? AcquireCurrent()
    {
        lock (_gate)
        {
            using var shared = IndexLock.Acquire(_path, LockTimeout);
            Reopen();
            if (_reader is null || !HasFormat(_reader)) return null;
            _reader.IncRef();
            return new Lease(_reader);
        }
    }

    /// <summary>Replays the store's newer changes (or rebuilds when needed); returns how many store documents were re-read.</summary>
    public SyncResult Sync(DbConnection connection, bool rebuild)
    {
        lock (_gate)
        {
            using var shared = IndexLock.Acquire(_path, LockTimeout);
            return SyncLocked(connection, rebuild);
        }
    }

    /// <summary>
    /// As <see cref="Sync"/>, unless another process is syncing or reading the index right now: then nothing is done and
    /// null comes back. An importer's catch-ups during its run use this: the other process's sync takes this store's
    /// new documents along, so waiting for it would only stall the importer.
    /// </summary>
    public SyncResult? TrySync(DbConnection connection)
    {
        lock (_gate)
        {
            using var shared = IndexLock.TryAcquire(_path);
            return shared is null ? null : SyncLocked(connection, rebuild: false);
        }
    }

    /// <summary>Under both locks (this process's and the one between processes).</summary>
    private SyncResult SyncLocked(DbConnection connection, bool rebuild)
    {
        var clock = PhaseClock.Start("index-sync");
        System.IO.Directory.CreateDirectory(_path);
        // Before the writer opens the last commit, which it cannot do when that commit is torn.
        Reopen();
        if (_damaged) Clear();
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, ChineseAnalyzer.ForIndex)
        {
            OpenMode = _damaged ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            // An import's catch-up (even the first, which builds the index) must not grow the importer's memory with the
            // number of documents; an explicit rebuild (reindex) buffers more, for fewer merges.
            RAMBufferSizeMB = 16,
            // A flushed segment's files are left as they are instead of copied into one compound file as well: each catch-up
            // flushes a segment, and the copy was a share of its flush. (Merged segments follow the merge policy, as before.)
            UseCompoundFile = false,
            // Another process may be syncing the same index: wait for it rather than fail.
            WriteLockTimeout = 120_000,
        };
        var writer = new IndexWriter(Directory(), config);
        try
        {
            clock?.Mark("open");
            // Read after taking the write lock: another process may just have brought the index up to date.
            Reopen();
            var (identity, head) = Browsing.StoreGeneration.Read(connection);
            clock?.Mark("head");
            // An index ahead of the store, or of another store or format, is rebuilt rather than trusted.
            var full = rebuild || _reader is null || !Describes(_reader, identity) || Seq(_reader) > head;
            if (rebuild) writer.Config.RAMBufferSizeMB = 128;
            var result = full ? Rebuild(connection, writer) : Replay(connection, writer, Seq(_reader!), head, clock);
            clock?.Mark(full ? "rebuild" : "replay");
            writer.SetCommitData(new Dictionary<string, string>
            {
                [SeqKey] = head.ToString(CultureInfo.InvariantCulture), [FormatKey] = Format, [StoreKey] = identity,
            });
            writer.Commit();
            _damaged = false;
            clock?.Mark("commit");
            // Closed here to be timed apart (closing waits for merges); disposing it again below does nothing.
            writer.Dispose();
            clock?.Mark("close");
            Reopen();
            clock?.Mark("reopen");
            clock?.Report();
            return result;
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static SyncResult Rebuild(DbConnection connection, IndexWriter writer)
    {
        writer.DeleteAll();
        var copies = ReportCopies.Read(connection, null);
        var (indicators, _) = AddAll(writer, IndexSource.Indicators(connection, null, copies), Environment.ProcessorCount);
        var (_, pages) = AddAll(writer, IndexSource.Pages(connection, null, copies), Environment.ProcessorCount);
        return new SyncResult(true, indicators, pages);
    }

    /// <summary>
    /// Rows are read on this thread and analyzed on <paramref name="threads"/> others: analysis is most of the work of a
    /// rebuild. Returns how many indicator and page entries were added.
    /// </summary>
    private static (int Indicators, int Pages) AddAll(IndexWriter writer, IEnumerable<IndexEntry> entries, int threads)
    {
        // A short queue: page entries carry their whole text, and 4,096 of them waiting made an import's memory grow with
        // the corpus (peak RSS +21–23 % from 500 to 2,000 reports, +10–12 % with 256; reindex of 1M rows no slower).
        using var queue = new BlockingCollection<IndexEntry>(256);
        // A failing worker stops the reader too, instead of leaving it blocked on a full queue.
        using var failed = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Math.Max(1, threads))
            .Select(_ => Task.Run(() =>
            {
                try
                {
                    var document = new EntryDocument();
                    foreach (var entry in queue.GetConsumingEnumerable()) writer.AddDocument(document.For(entry));
                }
                catch
                {
                    failed.Cancel();
                    throw;
                }
            }))
            .ToArray();
        var (indicators, pages) = (0, 0);
        try
        {
            foreach (var entry in entries)
            {
                queue.Add(entry, failed.Token);
                if (entry.PageText is null) indicators++;
                else pages++;
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested) { }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(workers);
        }
        return (indicators, pages);
    }

    /// <summary>
    /// Re-reads the changed documents and every document holding a copy of one of their reports: a new, replaced or
    /// removed copy can change which copy a report is shown by, and how many copies it has.
    /// </summary>
    private SyncResult Replay(DbConnection connection, IndexWriter writer, long from, long head, PhaseClock? clock)
    {
        var changed = new SortedSet<long>();
        using (var command = Db.Command(connection, null, "SELECT DISTINCT document_id FROM changes WHERE seq > @from AND seq <= @head",
                   ("@from", from), ("@head", head)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) changed.Add(Db.Long(reader, 0));
        if (changed.Count == 0) return new SyncResult(false, 0, 0);
        clock?.Mark("changed");
        // A removed document's projects are gone from the store; its reports are known from its index entries.
        var keys = ReportCopies.KeysOf(connection, changed);
        clock?.Mark("keys");
        keys.UnionWith(IndexedReports(changed));
        clock?.Mark("indexed");
        // The projects of those reports, read once: their documents are re-indexed, and they are the copies to choose from.
        var projects = ReportCopies.Projects(connection, keys);
        clock?.Mark("documents");
        var documents = projects.Select(p => p.Document).ToHashSet();
        documents.UnionWith(changed);
        // Reports those documents hold besides (a document of several projects): their copies count too.
        var more = ReportCopies.KeysOf(connection, documents);
        more.ExceptWith(keys);
        if (more.Count > 0) projects.AddRange(ReportCopies.Projects(connection, more));
        clock?.Mark("keys");
        // Every indicator row of those projects, read once: for the copy choice, then as the entries of the documents re-indexed.
        var contents = new Dictionary<long, (int Filled, long Fingerprint)>();
        var rows = IndexSource.IndicatorRows(connection, projects.Select(p => p.Id).ToArray(), contents);
        var copies = ReportCopies.Decide(projects, contents);
        clock?.Mark("copies");
        foreach (var id in documents) writer.DeleteDocuments(new Term(IndexFields.Document, id.ToString(CultureInfo.InvariantCulture)));
        clock?.Mark("delete");
        // The pages are read on this thread while one other adds the entries: reading them overlaps the indicators' analysis.
        // One adding thread, as before: adding on both cores made a catch-up cost more CPU (session 10's bench).
        var ordered = documents.Order().ToArray();
        var (indicators, pages) = AddAll(writer,
            IndexSource.Entries(rows.Where(row => documents.Contains(row.Document)).OrderBy(row => row.Document), copies)
                .Concat(ordered.Chunk(5000).SelectMany(chunk => IndexSource.Pages(connection, chunk, copies))), threads: 1);
        clock?.Mark("add");
        return new SyncResult(false, indicators, pages);
    }

    /// <summary>The reports the index holds entries of for some store documents.</summary>
    private HashSet<Comparing.ComparisonKey> IndexedReports(IEnumerable<long> documentIds)
    {
        var keys = new HashSet<Comparing.ComparisonKey>();
        if (_reader is null) return keys;
        var term = new Lucene.Net.Util.BytesRef();
        var ids = documentIds.Select(id => new Lucene.Net.Util.BytesRef(id.ToString(CultureInfo.InvariantCulture))).ToArray();
        foreach (var leaf in _reader.Leaves)
        {
            var reports = leaf.AtomicReader.GetSortedDocValues(IndexFields.Report);
            if (reports is null) continue;
            // One terms enumerator per segment, seeking each id in turn, instead of a new one per id and segment.
            var documents = leaf.AtomicReader.GetTerms(IndexFields.Document)?.GetEnumerator();
            if (documents is null) continue;
            DocsEnum? docs = null;
            foreach (var id in ids)
            {
                if (!documents.SeekExact(id)) continue;
                // Deleted entries are skipped by the enumerator itself.
                docs = documents.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var ord = reports.GetOrd(doc);
                    if (ord < 0) continue;
                    reports.LookupOrd(ord, term);
                    if (ReportCopies.Parse(term.Utf8ToString()) is { } key) keys.Add(key);
                }
            }
        }
        return keys;
    }

    private FSDirectory Directory()
    {
        System.IO.Directory.CreateDirectory(_path);
        return _directory ??= FSDirectory.Open(_path);
    }

    /// <summary>Removes a damaged index's files (it is derived: the sync that follows rebuilds it from the store).</summary>
    private void Clear()
    {
        Forget();
        _directory?.Dispose();
        _directory = null;
        foreach (var file in System.IO.Directory.GetFiles(_path)) File.Delete(file);
    }

    /// <summary>Picks up commits made by this or another process; forgets an index whose directory was deleted.</summary>
    private void Reopen()
    {
        if (!System.IO.Directory.Exists(_path))
        {
            Forget();
            _directory?.Dispose();
            _directory = null;
            return;
        }
        string[] files;
        try { files = Directory().ListAll(); }
        catch (DirectoryNotFoundException) { files = []; }
        var generation = SegmentInfos.GetLastCommitGeneration(files);
        if (generation < 0)
        {
            Forget();
            return;
        }
        // Every commit writes a new segments file: while the newest is the one the reader was opened from (same name, size
        // and write time, so not an index deleted and made anew), nothing changed. Asking Lucene meant reading and mapping
        // that file on every search, more than a millisecond each.
        if (_reader is not null && _readerCommit is { } opened && opened == CommitStamp(IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation)))
            return;
        try
        {
            Open();
            _damaged = false;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            Forget();
            _damaged = true;
        }
    }

    /// <summary>Opens the newest commit, or the reader's newer one.</summary>
    private void Open()
    {
        try
        {
            if (_reader is null) _reader = DirectoryReader.Open(Directory());
            else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
            {
                // Searches in flight hold their own reference; the old reader closes when the last of them ends.
                _reader.DecRef();
                _reader = newer;
            }
        }
        catch (IOException)
        {
            // Files of the old commit went away under us (the index was deleted and recreated): open afresh.
            _reader?.DecRef();
            _reader = null;
            _reader = DirectoryReader.Open(Directory());
        }
        _readerCommit = CommitStamp(_reader.IndexCommit.SegmentsFileName);
    }

    // How a torn or damaged index shows when read: files missing or cut short, headers, footers or checksums wrong
    // (IOException and its kinds), and numbers read from garbage that index past an array.
    private static bool IsDamage(Exception ex) =>
        ex is IOException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException;

    private void Forget()
    {
        _reader?.DecRef();
        _reader = null;
        _readerCommit = null;
    }

    /// <summary>A segments file's name, size and last write, or null when it is gone.</summary>
    private (string Name, long Length, DateTime Written)? CommitStamp(string segmentsFile)
    {
        var file = new FileInfo(System.IO.Path.Combine(_path, segmentsFile));
        return file.Exists ? (segmentsFile, file.Length, file.LastWriteTimeUtc) : null;
    }

    internal static long Seq(DirectoryReader reader) =>
        reader.IndexCommit.UserData.TryGetValue(SeqKey, out var seq) ? long.Parse(seq, CultureInfo.InvariantCulture) : -1;

    internal static bool Describes(DirectoryReader reader, string storeIdentity) =>
        HasFormat(reader) && reader.IndexCommit.UserData.TryGetValue(StoreKey, out var store) && store == storeIdentity;

    private static bool HasFormat(DirectoryReader reader) =>
        reader.IndexCommit.UserData.TryGetValue(FormatKey, out var format) && format == Format;
}

/// <summary>One search's hold on an index reader.</summary>
internal sealed class Lease(DirectoryReader reader) : IDisposable
{
    public IndexSearcher Searcher { get; } = new(reader) { Similarity = SearchIndex.Similarity };

    /// <summary>Whether the reader is of the store with this identity, caught up to exactly this change.</summary>
    public bool IsAt((string Identity, long Seq) generation) =>
        SearchIndex.Seq(reader) == generation.Seq && SearchIndex.Describes(reader, generation.Identity);

    public void Dispose() => reader.DecRef();
}

/// <summary>What an index sync did: a full rebuild or a replay, and how many indicator and page entries it wrote.</summary>
public sealed record SyncResult(bool Rebuilt, int Indicators, int Pages);

using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Office;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Isolation;

/// <summary>How worker processes are started and bounded.</summary>
public sealed record WorkerOptions
{
    /// <summary>Starts one worker (the CLI in worker mode); the pool adds the memory ceiling to its environment.</summary>
    public required Func<ProcessStartInfo> StartInfo { get; init; }

    /// <summary>
    /// Starts a worker process from its start info, pipes already set; null: <see cref="Process.Start(ProcessStartInfo)"/>.
    /// The CLI's asks the native worker's hello on the first start and keeps that process as the first worker, so the
    /// handshake no longer starts a process of its own.
    /// </summary>
    public Func<ProcessStartInfo, Process>? Launch { get; init; }

    /// <summary>Longest a worker may spend on one file before it is stopped.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>GC heap ceiling of each worker, in bytes.</summary>
    public long MemoryBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Files one worker reads at once. Every worker pays the runtime's start and the parsers' warm-up (JIT, models,
    /// gazetteer) again, so a few files per worker cost far less than one worker per file; a crash then costs the
    /// other files in flight a second read, alone.
    /// </summary>
    public int FilesPerWorker { get; init; } = 4;

    /// <summary>
    /// Files read through LibreOffice (.doc, .wps, .xls, .rtf) that one worker takes at once. They go to workers of their
    /// own, so that files waiting together share one converter call instead of starting one per worker.
    /// </summary>
    public int ConvertedFilesPerWorker { get; init; } = 16;
}

/// <summary>
/// Reads files in a pool of worker processes, the way Apache Tika's spawn-child mode does: a file that crashes
/// its worker, overflows its stack, runs out of memory or misses its deadline is recorded as that file's
/// failure, its worker is replaced, and the run goes on. Files that were in flight beside it are read again,
/// each in a worker of its own, so only the file to blame fails.
/// </summary>
public sealed class IsolatedWork(WorkerOptions options) : IDocumentWork, IDisposable
{
    private readonly List<WorkerProcess> _shared = [];
    private readonly object _gate = new();

    public DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress = null)
    {
        var request = new WorkRequest(0, path, sha256, size);
        return Entry(request, Ask(request, cancellationToken, progress));
    }

    /// <summary>
    /// Extracts <paramref name="path"/> in a worker, which writes the record as <see cref="Extraction.Records.RecordJson"/>
    /// text (<see cref="WorkRequest.RecordText"/>): the entry without record or page texts, the text, null where the
    /// entry failed, and the record's warnings about lost content.
    /// </summary>
    public (DocumentEntry Entry, string? RecordText, IReadOnlyList<string> Losses) ReadRecordText(string path, string sha256, long size,
        CancellationToken cancellationToken)
    {
        var request = new WorkRequest(0, path, sha256, size, WorkRequest.RecordText);
        var outcome = Ask(request, cancellationToken, null);
        return outcome is WorkOutcome.Answered a
            ? (Entry(request, outcome), a.Response.Output, a.Response.Losses ?? [])
            : (Entry(request, outcome), null, []);
    }

    private static DocumentEntry Entry(WorkRequest request, WorkOutcome outcome) => outcome switch
    {
        WorkOutcome.Answered a => a.Response.ToEntry(request),
        WorkOutcome.Failed f => DocumentEntry.Failure(request.Path, request.Sha256, InProcessWork.SniffName(request.Path), request.Size, f.Kind,
            $"{request.Path}: {f.Message}"),
        _ => DocumentEntry.Failure(request.Path, request.Sha256, InProcessWork.SniffName(request.Path), request.Size, "WorkerCrashed",
            $"{request.Path}: its worker was stopped twice while reading it."),
    };

    /// <summary>
    /// Parses <paramref name="path"/> in a worker and returns its document model rendered as <paramref name="format"/>
    /// (json or markdown), or the typed failure.
    /// </summary>
    public (string? Output, string? ErrorKind, string? Error) Render(string path, string format, CancellationToken cancellationToken,
        Action<PageProgress>? progress = null) =>
        Ask(new WorkRequest(0, path, "", 0, format), cancellationToken, progress) switch
        {
            WorkOutcome.Answered { Response: var r } => (r.Output, r.ErrorKind, r.Error),
            WorkOutcome.Failed f => (null, f.Kind, $"{path}: {f.Message}"),
            _ => (null, "WorkerCrashed", $"{path}: its worker was stopped twice while reading it."),
        };

    /// <summary>Environment variable that asks a worker to warm its parsers and extractor up before the first file arrives.</summary>
    public const string WarmUpVariable = "REPORTMINER_WORKER_WARM_UP";

    /// <summary>
    /// Starts a worker now, warming up while the caller does its own start-up (opening the store, listing files), so
    /// the first file does not wait for it. Files are read without this call too.
    /// </summary>
    public void Prestart()
    {
        lock (_gate)
        {
            if (_shared.Count > 0) return;
            _shared.Add(Start(Math.Max(1, options.FilesPerWorker), warmUp: true));
        }
    }

    /// <summary>
    /// Closes the input of every idle worker, so each ends by itself while the import brings its search index up to
    /// date; waiting for them in <see cref="Dispose"/> cost a worker's whole shutdown at the end of every run. A file
    /// read later starts a fresh worker.
    /// </summary>
    public void FinishedReading()
    {
        lock (_gate)
            foreach (var worker in _shared.Where(w => w.InFlight == 0)) worker.CloseInput();
    }

    private WorkOutcome Ask(WorkRequest request, CancellationToken cancellationToken, Action<PageProgress>? progress)
    {
        var worker = Take(LegacyOfficeFiles.NeedsConversion(request.Path));
        WorkOutcome outcome;
        try { outcome = worker.Ask(request, options.Deadline, cancellationToken, progress); }
        finally { Release(worker); }
        if (outcome is not WorkOutcome.Lost) return outcome;
        using var alone = Start(capacity: 1);
        return alone.Ask(request, options.Deadline, cancellationToken, progress);
    }

    private WorkerProcess Take(bool converting)
    {
        lock (_gate)
        {
            _shared.RemoveAll(w => w.InFlight == 0 && !w.Usable && Retire(w));
            var worker = _shared.Where(w => w.Converting == converting && w.Usable && w.InFlight < w.Capacity).MinBy(w => w.InFlight);
            if (worker is null)
            {
                worker = Start(Math.Max(1, converting ? options.ConvertedFilesPerWorker : options.FilesPerWorker), converting: converting);
                _shared.Add(worker);
            }
            worker.InFlight++;
            return worker;
        }
    }

    private void Release(WorkerProcess worker)
    {
        lock (_gate)
        {
            worker.InFlight--;
            if (worker.InFlight == 0 && !worker.Usable && _shared.Remove(worker)) worker.Dispose();
        }
    }

    private static bool Retire(WorkerProcess worker)
    {
        worker.Dispose();
        return true;
    }

    private WorkerProcess Start(int capacity, bool warmUp = false, bool converting = false)
    {
        var start = options.StartInfo();
        if (warmUp) start.Environment[WarmUpVariable] = "1";
        // Tiered PGO is off in the worker as in its parent: both run the CLI's runtimeconfig (TieredPGO=false).
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryBytes.ToString("X");
        return new WorkerProcess(start, capacity, options.Launch) { Converting = converting };
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var worker in _shared) worker.Dispose();
            _shared.Clear();
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Isolation;

/// <summary>How worker processes are started and bounded.</summary>
public sealed record WorkerOptions
{
    /// <summary>Starts one worker (the CLI in worker mode); the pool adds the memory ceiling to its environment.</summary>
    public required Func<ProcessStartInfo> StartInfo { get; init; }

    /// <summary>Longest a worker may spend on one file before it is stopped.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>GC heap ceiling of each worker, in bytes.</summary>
    public long MemoryBytes { get; init; } = 1L << 30;
}

/// <summary>
/// Reads files in a pool of worker processes, the way Apache Tika's spawn-child mode does: a file that crashes
/// its worker, overflows its stack, runs out of memory or misses its deadline is recorded as that file's
/// failure, its worker is replaced, and the run goes on.
/// </summary>
public sealed class IsolatedWork(WorkerOptions options) : IDocumentWork, IDisposable
{
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentDictionary<WorkerProcess, byte> _all = new();

    public DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken)
    {
        var request = new WorkRequest(path, sha256, size);
        var worker = Take();
        var response = worker.Ask(request, options.Deadline, cancellationToken, out var failure);
        if (response is not null && worker.Alive)
        {
            _idle.Add(worker);
            return response.ToEntry(request);
        }
        _all.TryRemove(worker, out _);
        worker.Dispose();
        if (response is not null) return response.ToEntry(request);
        var (kind, message) = failure!.Split('|', 2) switch { [var k, var m] => (k, m), var parts => ("WorkerCrashed", parts[0]) };
        return DocumentEntry.Failure(path, sha256, InProcessWork.SniffName(path), size, kind, $"{path}: {message}");
    }

    private WorkerProcess Take()
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.Alive) return idle;
            _all.TryRemove(idle, out _);
            idle.Dispose();
        }
        var start = options.StartInfo();
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryBytes.ToString("X");
        var worker = new WorkerProcess(start);
        _all.TryAdd(worker, 0);
        return worker;
    }

    public void Dispose()
    {
        foreach (var worker in _all.Keys) worker.Dispose();
        _all.Clear();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Store.Isolation;

/// <summary>What became of one request to a worker.</summary>
internal abstract record WorkOutcome
{
    public sealed record Answered(WorkResponse Response) : WorkOutcome;

    /// <summary>This file is to blame (it was the only one in flight, or it missed its deadline).</summary>
    public sealed record Failed(string Kind, string Message) : WorkOutcome;

    /// <summary>The worker died while this file was one of several in flight: it is read again alone.</summary>
    public sealed record Lost : WorkOutcome;
}

/// <summary>
/// One worker child process reading up to <c>capacity</c> files at once. A request that crashes it, exhausts its
/// memory or misses its deadline ends the process (with its whole tree: LibreOffice, tesseract); the pool starts
/// another. A worker killed that way cannot remove its temporary folders, so they are swept once it is gone.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <param name="WithRecord">Whether the answer carries a record (a request without <see cref="WorkRequest.Render"/>).</param>
    private sealed record Pending(TaskCompletionSource<WorkOutcome> Outcome, Action<PageProgress>? Progress, bool WithRecord);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private readonly Thread _reader;
    private readonly Thread _errors;
    private readonly object _gate = new();
    private readonly string? _temporaryRoot;
    private long _nextId;
    private bool _stopped;

    public WorkerProcess(ProcessStartInfo start, int capacity, Func<ProcessStartInfo, Process>? launch = null)
    {
        Capacity = capacity;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.StandardInputEncoding = new UTF8Encoding(false);
        _temporaryRoot = start.Environment.TryGetValue("TMPDIR", out var tmp) && !string.IsNullOrEmpty(tmp) ? tmp : null;
        _process = launch is null
            ? Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.")
            : launch(start);
        // Both pipes are read on threads of their own rather than asynchronously: the asynchronous pipe machinery is
        // JIT-compiled on every run and was a measurable share of what a worker costs its parent.
        _errors = new Thread(ReadErrors) { IsBackground = true, Name = "worker-errors" };
        _errors.Start();
        _reader = new Thread(ReadAnswers) { IsBackground = true, Name = "worker-answers" };
        _reader.Start();
    }

    public int Capacity { get; }

    /// <summary>True for a worker given the files read through LibreOffice (see <see cref="WorkerOptions.ConvertedFilesPerWorker"/>).</summary>
    public bool Converting { get; init; }

    /// <summary>Files sent and not yet answered (the pool reserves a slot before sending, so this includes reservations).</summary>
    public int InFlight { get; set; }

    /// <summary>True while the worker may be given more files.</summary>
    public bool Usable { get { lock (_gate) return !_stopped && !_process.HasExited; } }

    public WorkOutcome Ask(WorkRequest request, TimeSpan deadline, CancellationToken cancellationToken, Action<PageProgress>? progress)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new Pending(new TaskCompletionSource<WorkOutcome>(TaskCreationOptions.RunContinuationsAsynchronously), progress,
            WithRecord: request.Render is null);
        _pending[id] = pending;
        try
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    _pending.TryRemove(id, out _);
                    return new WorkOutcome.Lost();
                }
                _process.StandardInput.WriteLine(WorkerCodec.Write(request with { Id = id }));
                _process.StandardInput.Flush();
            }
        }
        catch (IOException)
        {
            // The worker is gone; its reader settles every pending request.
        }
        try
        {
            if (pending.Outcome.Task.Wait(deadline, cancellationToken)) return pending.Outcome.Task.Result;
        }
        catch (OperationCanceledException)
        {
            Stop();
            throw;
        }
        // Another file's deadline already stopped this worker: this file is a bystander, settled as lost by the reader.
        bool stoppedAlready;
        lock (_gate) stoppedAlready = _stopped;
        if (stoppedAlready && pending.Outcome.Task.Wait(TimeSpan.FromSeconds(30), CancellationToken.None)) return pending.Outcome.Task.Result;
        // Missed its deadline: this file is to blame; the others in flight are read again.
        if (!_pending.TryRemove(id, out _)) return pending.Outcome.Task.Result;
        Stop();
        return new WorkOutcome.Failed("Timeout", $"Reading it took longer than {deadline.TotalSeconds:F0} s, so its worker was stopped. " +
            "The file may be damaged or hostile; if it is a large real report, raise --deadline.");
    }

    private void ReadAnswers()
    {
        string? problem = null;
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                // Only an import's answers carry records; decoding the other lines (the hello, progress, extract's and
                // parse's answers) without them spares this process compiling the record's whole serializer.
                var peeked = WorkerCodec.PeekId(line);
                var withRecord = peeked is null || (_pending.TryGetValue(peeked.Value, out var asked) && asked.WithRecord);
                var message = withRecord ? WorkerCodec.ReadMessage(line) : WorkerCodec.ReadMessageWithoutRecord(line);
                if (!_pending.TryGetValue(message.Id, out var pending)) continue;
                if (message.Progress is { } p) Tell(pending.Progress, p);
                if (message.Answer is { } answer && _pending.TryRemove(message.Id, out _))
                    pending.Outcome.TrySetResult(new WorkOutcome.Answered(answer));
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            problem = $"The worker answered with something unreadable ({ex.Message}).";
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The pipe broke: the worker is gone; the exit code says how.
        }
        bool stoppedByUs;
        lock (_gate) { stoppedByUs = _stopped; _stopped = true; }
        Kill();
        // A worker that ended by itself without an error deleted its own folders (its LibreOffice profiles as it exited):
        // only a killed or crashed one leaves any, and scanning a crowded temporary folder held the run's end up.
        if (problem is not null || !_process.HasExited || _process.ExitCode != 0) TemporaryFolders.SweepOrphans(_temporaryRoot);
        var left = _pending.Keys.ToList();
        var cause = problem is not null ? ("WorkerCrashed", problem) : Crash();
        foreach (var id in left)
        {
            if (!_pending.TryRemove(id, out var pending)) continue;
            // Alone in a worker that died by itself, the file is the cause; beside others, it may be a bystander.
            pending.Outcome.TrySetResult(left.Count == 1 && !stoppedByUs
                ? new WorkOutcome.Failed(cause.Item1, cause.Item2)
                : new WorkOutcome.Lost());
        }
    }

    private void ReadErrors()
    {
        try
        {
            while (_process.StandardError.ReadLine() is { } line)
                lock (_stderr) if (_stderr.Length < 8192) _stderr.AppendLine(line);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The worker is gone.
        }
    }

    private static void Tell(Action<PageProgress>? listener, PageProgress progress)
    {
        try { listener?.Invoke(progress); }
        catch (Exception)
        {
            // Showing progress is a courtesy: a display that fails must not lose the answers that follow.
        }
    }

    private (string Kind, string Message) Crash()
    {
        string errors;
        // Standard error (where a stack overflow is reported) is complete once the process and its pipe have closed.
        if (_process.WaitForExit(5000)) _errors.Join(5000);
        lock (_stderr) errors = _stderr.ToString();
        var code = _process.HasExited ? _process.ExitCode : -1;
        if (errors.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return ("WorkerCrashed", "The parser overflowed its stack on this file (a structure nested too deeply); the file is damaged or hostile.");
        if (errors.Contains("OutOfMemory", StringComparison.Ordinal) || code == WorkerLoop.OutOfMemoryExit)
            return ("OutOfMemory", "Reading it needed more memory than a worker may use; the file is damaged or hostile, or too large. " +
                "If it is a real report, split it or raise --worker-memory.");
        // The native worker (NativeAOT) says neither on Linux: a stack overflow ends it with SIGSEGV (exit 139) and an
        // exhausted heap ceiling with SIGABRT (134), both without a word; the managed worker always writes one.
        if (string.IsNullOrWhiteSpace(errors) && code == 139)
            return ("WorkerCrashed", "The parser overflowed its stack on this file (the worker ended with a segmentation fault, as a stack overflow ends it); the file is damaged or hostile.");
        if (string.IsNullOrWhiteSpace(errors) && code == 134)
            return ("OutOfMemory", "Reading it ended its worker without a message, as running out of the memory a worker may use does; the file is damaged or hostile, or too large. " +
                "If it is a real report, split it or raise --worker-memory.");
        var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return ("WorkerCrashed", $"The worker reading it ended unexpectedly (exit code {code}: {last}).");
    }

    /// <summary>Takes no more files and closes the worker's input: it ends by itself once the files in flight are answered.</summary>
    public void CloseInput()
    {
        lock (_gate)
        {
            _stopped = true;
            try { _process.StandardInput.Close(); } catch (IOException) { }
        }
    }

    /// <summary>Stops the worker; files still in flight are settled by the reader as lost.</summary>
    public void Stop()
    {
        lock (_gate) _stopped = true;
        Kill();
        TemporaryFolders.SweepOrphans(_temporaryRoot);
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        lock (_gate) _stopped = true;
        try { _process.StandardInput.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(2000)) Kill();
        _reader.Join(5000);
        _errors.Join(2000);
        _process.Dispose();
    }
}

using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// Converts files that arrive while a conversion runs together in one soffice call (one LibreOffice start for the
/// batch). A batch is only a fast path: a file whose output is missing afterwards, or that is still waiting when
/// its batch share of the deadline is over, is converted alone by the caller.
/// </summary>
internal static class LibreOfficeBatches
{
    private const int MaxBatch = 8;

    // One call at a time per filter and process: files that arrive meanwhile form the next, larger batch. Measured with
    // tools/bench-legacy-office.sh, this beat two calls at once (1.76 against 0.92 files/s with JOBS=8).
    private const int MaxRunning = 1;
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Queue> Queues = [];

    // A batch serves several callers, so no caller's token stops it; leaving the process does, so no soffice outlives it.
    private static readonly CancellationTokenSource Exiting = new();
    private static int _running;

    static LibreOfficeBatches() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        Exiting.Cancel();
        SpinWait.SpinUntil(() => Volatile.Read(ref _running) == 0, TimeSpan.FromSeconds(5));
    };

    private sealed class Pending(string source, string outDir)
    {
        public string Source { get; } = source;
        public string OutDir { get; } = outDir;
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Abandoned { get; set; }
    }

    private sealed class Queue
    {
        public readonly List<Pending> Waiting = [];
        public int Running;
    }

    /// <summary>
    /// Converts <paramref name="source"/> to <paramref name="outDir"/> within <paramref name="wait"/>; false when the
    /// batch produced nothing for it in time. Sources in one batch must have distinct file names.
    /// </summary>
    public static bool TryConvert(LegacyFormat format, string root, string source, string outDir, TimeSpan wait,
        CancellationToken cancellationToken)
    {
        var pending = new Pending(source, outDir);
        // Formats opened with the same filter into the same target (.doc and .wps) share a call.
        var key = $"{format.ImportFilters[0]}\n{format.Target}\n{root}";
        lock (Gate)
        {
            if (!Queues.TryGetValue(key, out var queue)) Queues[key] = queue = new Queue();
            queue.Waiting.Add(pending);
            if (queue.Running < MaxRunning)
            {
                queue.Running++;
                Task.Run(() => Drain(queue, format, root, wait));
            }
        }
        try { pending.Done.Task.Wait(wait, cancellationToken); }
        finally
        {
            // Once abandoned, the batch no longer writes into the caller's folder, which the caller may delete.
            lock (pending) if (!pending.Done.Task.IsCompleted) pending.Abandoned = true;
        }
        return pending.Done.Task.IsCompletedSuccessfully && pending.Done.Task.Result;
    }

    private static void Drain(Queue queue, LegacyFormat format, string root, TimeSpan deadline)
    {
        while (true)
        {
            List<Pending> batch;
            lock (Gate)
            {
                if (queue.Waiting.Count == 0) { queue.Running--; return; }
                batch = queue.Waiting.Take(MaxBatch).ToList();
                queue.Waiting.RemoveRange(0, batch.Count);
            }
            Run(batch, format, root, deadline);
        }
    }

    private static void Run(List<Pending> batch, LegacyFormat format, string root, TimeSpan deadline)
    {
        var outDir = LibreOfficeProfiles.FolderName(root, "batch");
        var profile = LibreOfficeProfiles.Rent(root);
        var killed = false;
        Interlocked.Increment(ref _running);
        try
        {
            ToolRunner.Run(format.Tool,
                ["-env:UserInstallation=" + LibreOfficeProfiles.Uri(profile), "--headless", "--norestore", "--nolockcheck",
                 "--infilter=" + format.ImportFilters[0], "--convert-to", format.Target, "--outdir", outDir,
                 .. batch.Select(p => p.Source)],
                batch[0].Source, deadline, Exiting.Token, workingDirectory: root);
        }
        catch (DocumentParseException ex)
        {
            killed = ex.Kind == ParseErrorKind.Timeout;
        }
        catch (OperationCanceledException)
        {
            killed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException) { }
        finally
        {
            Interlocked.Decrement(ref _running);
            if (killed) LibreOfficeProfiles.Discard(profile);
            else LibreOfficeProfiles.Return(root, profile);
        }
        foreach (var pending in batch)
            lock (pending)
                if (!pending.Abandoned) pending.Done.TrySetResult(Hand(pending, outDir, format));
        LibreOfficeProfiles.TryDelete(outDir);
    }

    private static bool Hand(Pending pending, string outDir, LegacyFormat format)
    {
        var name = Path.GetFileNameWithoutExtension(pending.Source) + "." + format.Target;
        var converted = Path.Combine(outDir, name);
        try
        {
            if (!File.Exists(converted) || new FileInfo(converted).Length == 0) return false;
            Directory.CreateDirectory(pending.OutDir);
            File.Move(converted, Path.Combine(pending.OutDir, name));
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}

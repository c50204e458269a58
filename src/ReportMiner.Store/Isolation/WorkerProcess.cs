using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// One worker child process. A request that crashes it, exhausts its memory or misses its deadline ends the
/// process (with its whole tree: LibreOffice, tesseract); the pool starts another.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public WorkerProcess(ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardInputEncoding = new UTF8Encoding(false);
        _process = Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) if (_stderr.Length < 8192) _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
    }

    public bool Alive => !_process.HasExited;

    /// <summary>The answer, or null when the worker died or was stopped; <paramref name="failure"/> then says why.</summary>
    public WorkResponse? Ask(WorkRequest request, TimeSpan deadline, CancellationToken cancellationToken, out string? failure)
    {
        failure = null;
        try
        {
            _process.StandardInput.WriteLine(JsonSerializer.Serialize(request, WorkerJson.Options));
            _process.StandardInput.Flush();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(deadline);
            var line = _process.StandardOutput.ReadLineAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
            if (line is not null) return JsonSerializer.Deserialize<WorkResponse>(line, WorkerJson.Options);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            failure = $"Timeout|Reading it took longer than {deadline.TotalSeconds:F0} s, so its worker was stopped. " +
                      "The file may be damaged or hostile; if it is a large real report, raise --deadline.";
            return null;
        }
        catch (IOException)
        {
            // The pipe broke: the worker is gone; the exit code below says how.
        }
        catch (JsonException ex)
        {
            Kill();
            failure = $"WorkerCrashed|The worker answered with something unreadable ({ex.Message}).";
            return null;
        }
        if (cancellationToken.IsCancellationRequested) { Kill(); cancellationToken.ThrowIfCancellationRequested(); }
        _process.WaitForExit(5000);
        failure = Crash();
        return null;
    }

    private string Crash()
    {
        string errors;
        lock (_stderr) errors = _stderr.ToString();
        var code = _process.HasExited ? _process.ExitCode : -1;
        if (errors.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return "WorkerCrashed|The parser overflowed its stack on this file (a structure nested too deeply); the file is damaged or hostile.";
        if (errors.Contains("OutOfMemory", StringComparison.Ordinal) || code == WorkerLoop.OutOfMemoryExit)
            return "OutOfMemory|Reading it needed more memory than a worker may use; the file is damaged or hostile, or too large.";
        var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return $"WorkerCrashed|The worker reading it ended unexpectedly (exit code {code}: {last}).";
    }

    public void Kill()
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
        try { _process.StandardInput.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(2000)) Kill();
        _process.Dispose();
    }
}

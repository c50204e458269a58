using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// Asks a worker program what it was compiled from: starts it, reads its hello line (<see cref="WorkerHello"/>), and
/// either stops it (<see cref="Ask"/>) or leaves it running to read files (<see cref="Greet"/>).
/// </summary>
public static class WorkerHandshake
{
    /// <summary>The identity the worker says, or why none was read (it did not start, said something else, or nothing in time).</summary>
    public static (string? Identity, string? Problem) Ask(ProcessStartInfo start, TimeSpan limit)
    {
        var (process, identity, problem) = Greet(start, limit, closeInput: true);
        if (process is not null) Stop(process);
        return (identity, problem);
    }

    /// <summary>
    /// <see cref="Ask"/>, but a worker that said a hello is left running with its pipes open, the hello read, so the
    /// program that asked can give it files instead of starting another; otherwise the process is stopped and null.
    /// </summary>
    public static (Process? Running, string? Identity, string? Problem) Greet(ProcessStartInfo start, TimeSpan limit) =>
        Greet(start, limit, closeInput: false);

    /// <summary>Stops a worker that <see cref="Greet"/> left running and the caller does not want.</summary>
    public static void Stop(Process process)
    {
        using (process)
        {
            try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
        }
    }

    private static (Process? Running, string? Identity, string? Problem) Greet(ProcessStartInfo start, TimeSpan limit, bool closeInput)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding ??= Encoding.UTF8;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, null, $"it did not start ({ex.Message})");
        }
        var (identity, problem) = Hello(process, limit, closeInput);
        if (identity is not null) return (process, identity, null);
        Stop(process);
        return (null, null, problem);
    }

    private static (string? Identity, string? Problem) Hello(Process process, TimeSpan limit, bool closeInput)
    {
        try
        {
            if (closeInput) process.StandardInput.Close();
            // Read on a thread of its own, not asynchronously: the asynchronous pipe machinery is JIT-compiled on every
            // run, as WorkerProcess found.
            var (line, failure) = ((string?)null, (Exception?)null);
            var reading = new Thread(() =>
            {
                try { line = process.StandardOutput.ReadLine(); }
                catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException) { failure = ex; }
            }) { IsBackground = true, Name = "worker-hello" };
            reading.Start();
            if (!reading.Join(limit)) return (null, $"it said nothing within {limit.TotalSeconds:F0} s");
            if (failure is not null) throw new IOException(failure.Message, failure);
            if (line is not { } text) return (null, "it ended without a hello line (a worker from before the handshake)");
            return WorkerCodec.ReadMessageWithoutRecord(text).Hello is { } hello ? (hello.Identity, null) : (null, "its first line was not a hello");
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return (null, $"its first line was unreadable ({ex.Message})");
        }
    }
}

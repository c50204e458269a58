using System.Diagnostics;
using System.Text;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Processes;

/// <summary>
/// Runs an external program without a shell, with arguments passed as a list, a timeout that kills the
/// whole process tree, and typed errors naming the Debian package when the program is missing.
/// </summary>
public static class ToolRunner
{
    public static ToolRunResult Run(ExternalTool tool, IEnumerable<string> arguments, string forFile,
        TimeSpan timeout, CancellationToken cancellationToken = default, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, Action<string>? standardOutputLine = null)
    {
        var exe = tool.Locate() ?? throw new DocumentParseException(ParseErrorKind.MissingTool, forFile,
            $"'{tool.Executable}' is not installed.",
            $"Install the Debian package(s): apt-get install {tool.DebianPackage}");

        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        var sw = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new DocumentParseException(ParseErrorKind.ToolFailed,
            forFile, $"'{tool.Executable}' could not be started.", "Check that it runs from a shell.");
        process.StandardInput.Close();
        var stdout = standardOutputLine is null
            ? process.StandardOutput.ReadToEndAsync(cancellationToken)
            : ReadLines(process.StandardOutput, standardOutputLine);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(timeoutCts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            // The lines the program wrote before it was stopped still reach the caller's line handler.
            if (standardOutputLine is not null) Await(stdout);
            cancellationToken.ThrowIfCancellationRequested();
            throw new DocumentParseException(ParseErrorKind.Timeout, forFile,
                $"'{tool.Executable}' did not finish within {timeout.TotalSeconds:0} s.",
                "The file may be damaged or unusually large; check it by hand or raise the timeout.");
        }

        return new ToolRunResult(process.ExitCode, Await(stdout), Await(stderr), sw.Elapsed);
    }

    /// <summary>Hands each line to <paramref name="line"/> as it arrives (a long run's progress) and returns them all.</summary>
    private static Task<string> ReadLines(StreamReader reader, Action<string> line) => Task.Run(async () =>
    {
        var all = new StringBuilder();
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } next)
        {
            all.Append(next).Append('\n');
            line(next);
        }
        return all.ToString();
    });

    private static string Await(Task<string> task)
    {
        try { return task.Wait(TimeSpan.FromSeconds(10)) ? task.Result : string.Empty; }
        catch (AggregateException) { return string.Empty; }
    }

    private static void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); process.WaitForExit(5000); }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
    }
}

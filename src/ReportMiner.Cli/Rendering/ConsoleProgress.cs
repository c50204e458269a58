using ReportMiner.Store.Exporting;
using ReportMiner.Store.Importing;

namespace ReportMiner.Cli.Rendering;

/// <summary>Progress as plain lines (for logs and pipes), at most one per second plus the last.</summary>
internal sealed class PlainProgress(TextWriter output) : IProgress<ImportProgress>
{
    private DateTime _last = DateTime.MinValue;

    /// <summary>The options with page progress on long documents written as lines too (at most one per file every 5 s).</summary>
    public static ImportOptions Watching(ImportOptions options, TextWriter output)
    {
        var last = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTime>();
        return options with
        {
            PageProgress = (path, progress) =>
            {
                var now = DateTime.UtcNow;
                if (progress.Pages <= 0 || last.TryGetValue(path, out var at) && now - at < TimeSpan.FromSeconds(5)) return;
                last[path] = now;
                lock (output) output.WriteLine(InertText.ForTerminal($"  {Path.GetFileName(path)}: {ImportProgressView.Describe(progress)}"));
            },
            DoneReading = path => last.TryRemove(path, out _),
        };
    }

    public void Report(ImportProgress value)
    {
        var now = DateTime.UtcNow;
        if (now - _last < TimeSpan.FromSeconds(1) && value.Done < value.Total) return;
        _last = now;
        output.WriteLine(ProgressText.Line(value));
        output.Flush();
    }
}

internal static class ProgressText
{
    public static string Line(ImportProgress p) =>
        $"{p.Done}/{p.Total} done ({p.Imported} imported, {p.Unchanged} unchanged, {p.Failed} failed), {p.RatePerSecond:F1} files/s, ETA {Eta(p)}";

    public static string Eta(ImportProgress p) => p.Remaining is { } r ? r.ToString(r.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss") : "--:--";
}

/// <summary>Forwards reports from the writer thread to a callback, without a synchronization context.</summary>
internal sealed class CallbackProgress(Action<ImportProgress> callback) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => callback(value);
}

namespace ReportMiner.Parsing.Abstractions;

/// <summary>How far the parse of one document has got: <paramref name="Stage"/> (reading, ocr, converting) and pages.</summary>
public sealed record PageProgress(string Stage, int Page, int Pages);

/// <summary>
/// Where parsers report page progress on long documents. A listener is set for the current flow of execution
/// (threads a parser starts inherit it), so concurrent documents each reach their own listener, and a parser
/// needs no extra parameter to report.
/// </summary>
public static class ParseProgress
{
    private static readonly AsyncLocal<Action<PageProgress>?> Listener = new();

    /// <summary>Reports are passed on at most this often, and only once a document has taken this long (short ones stay quiet).</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Sends this flow's reports to <paramref name="listener"/> (see <see cref="Interval"/>) until the returned scope is disposed.</summary>
    public static IDisposable Listen(Action<PageProgress>? listener)
    {
        var previous = Listener.Value;
        Listener.Value = listener is null ? null : Throttled(listener);
        return new Scope(previous);
    }

    private static Action<PageProgress> Throttled(Action<PageProgress> listener)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var gate = new object();
        return progress =>
        {
            // A stage without pages (a conversion) is reported once, at once: nothing else will be heard until it ends.
            lock (gate)
            {
                if (progress.Pages > 0 && clock.Elapsed - last < Interval) return;
                last = clock.Elapsed;
            }
            listener(progress);
        };
    }

    public static void Report(string stage, int page, int pages)
    {
        var listener = Listener.Value;
        if (listener is null) return;
        try { listener(new PageProgress(stage, page, pages)); }
        catch (Exception)
        {
            // A listener that can no longer show progress must not fail the parse.
        }
    }

    private sealed class Scope(Action<PageProgress>? previous) : IDisposable
    {
        public void Dispose() => Listener.Value = previous;
    }
}

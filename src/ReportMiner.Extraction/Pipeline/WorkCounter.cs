namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Work a scanner does (characters scanned, sentences read, checks made), counted only inside a <see cref="Counting"/>
/// that a test opens around the call it measures: tests assert that work grows with the input, never time it. The count
/// follows the test's own flow (an async local), so tests running side by side, a call that moves to another thread
/// after an await, and extractions the import pipeline runs in parallel never add to each other's counts; outside a
/// counting, adding costs one look-up and counts nothing.
/// </summary>
internal sealed class WorkCounter
{
    private readonly AsyncLocal<Counting?> current = new();

    public void Add(long work)
    {
        if (current.Value is { } counting) Interlocked.Add(ref counting.Total, work);
    }

    /// <summary>Starts counting this flow's work (and the work of tasks it starts) until the result is disposed.</summary>
    public Counting Start() => new(this);

    public sealed class Counting : IDisposable
    {
        private readonly WorkCounter counter;
        private readonly Counting? outer;
        internal long Total;

        internal Counting(WorkCounter counter)
        {
            this.counter = counter;
            outer = counter.current.Value;
            counter.current.Value = this;
        }

        /// <summary>The work counted so far.</summary>
        public long Work => Interlocked.Read(ref Total);

        public void Dispose() => counter.current.Value = outer;
    }
}

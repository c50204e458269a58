namespace ReportMiner.Parsing.Ocr;

/// <summary>Pixel runs judged to be one ruling line; <see cref="Position"/> is its centre across the line.</summary>
internal sealed class MergedLine(bool horizontal, PixelRun first)
{
    private readonly List<PixelRun> _runs = [first];

    public bool Horizontal { get; } = horizontal;

    public IReadOnlyList<PixelRun> Runs => _runs;

    public int Start { get; private set; } = first.Start;

    public int End { get; private set; } = first.End;

    public int MinLane { get; private set; } = first.Lane;

    public int MaxLane { get; private set; } = first.Lane;

    public int LastLane { get; private set; } = first.Lane;

    public double Position => _runs.Sum(r => (double)r.Lane * r.Length) / _runs.Sum(r => (double)r.Length);

    public int Length => End - Start + 1;

    public void Add(PixelRun run)
    {
        _runs.Add(run);
        Start = Math.Min(Start, run.Start);
        End = Math.Max(End, run.End);
        MinLane = Math.Min(MinLane, run.Lane);
        MaxLane = Math.Max(MaxLane, run.Lane);
        LastLane = Math.Max(LastLane, run.Lane);
    }
}

namespace ReportMiner.Parsing.Layout;

/// <summary>Words that share a baseline, left to right.</summary>
public sealed class TextLine(IReadOnlyList<PositionedWord> words)
{
    public IReadOnlyList<PositionedWord> Words { get; } = words;

    public double XMin { get; } = words.Min(w => w.XMin);
    public double XMax { get; } = words.Max(w => w.XMax);
    public double YMin { get; } = words.Min(w => w.YMin);
    public double YMax { get; } = words.Max(w => w.YMax);
    public double Height => YMax - YMin;

    public string Text => field ??= CjkText.JoinAll(Words.Select(w => w.Text));

    public override string ToString() => Text;
}

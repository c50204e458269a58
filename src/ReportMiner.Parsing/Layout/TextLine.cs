using System.Text;

namespace ReportMiner.Parsing.Layout;

/// <summary>Words that share a baseline, left to right.</summary>
public sealed class TextLine(IReadOnlyList<PositionedWord> words)
{
    // A gap this many text heights wide separates fields ("填报单位：…    跟踪期限：…") even in CJK text.
    private const double FieldGap = 1.5;

    // Words that touch are one word drawn in two runs (a sign in a fallback font drawn after its figure: "≧" "20000"):
    // the letter grouping would have kept them together had they come in reading order, so no space goes between them.
    private const double TouchGap = 0.1;

    public IReadOnlyList<PositionedWord> Words { get; } = words;

    public double XMin { get; } = words.Min(w => w.XMin);
    public double XMax { get; } = words.Max(w => w.XMax);
    public double YMin { get; } = words.Min(w => w.YMin);
    public double YMax { get; } = words.Max(w => w.YMax);
    public double Height => YMax - YMin;

    public string Text => field ??= Join();

    public override string ToString() => Text;

    private string Join()
    {
        var sb = new StringBuilder(Words[0].Text);
        for (var i = 1; i < Words.Count; i++)
        {
            var (prev, word) = (Words[i - 1], Words[i]);
            if (word.Text.Length == 0) continue;
            var gap = word.XMin - prev.XMax;
            var wide = gap > FieldGap * Height;
            var touching = gap <= TouchGap * Height && gap >= -0.5 * Height;
            if (sb.Length > 0 && (wide || !touching && CjkText.NeedsSpace(sb[^1], word.Text[0]))) sb.Append(' ');
            sb.Append(word.Text);
        }
        return sb.ToString();
    }
}

using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Builds synthetic pages in points: 10 pt text, words placed by their top-left corner.</summary>
public sealed class SyntheticPage(int number, double width = 600, double height = 800)
{
    public const double Size = 10;
    private readonly List<PositionedWord> _words = [];
    private readonly List<RuleLine> _rules = [];

    public SyntheticPage Word(string text, double x, double y, double charWidth = Size)
    {
        _words.Add(new PositionedWord(text, x, y, x + text.Length * charWidth, y + Size));
        return this;
    }

    public SyntheticPage Line(string text, double x, double y) => Word(text, x, y);

    public SyntheticPage Horizontal(double y, double x0, double x1)
    {
        _rules.Add(new RuleLine(x0, y, x1, y));
        return this;
    }

    public SyntheticPage Vertical(double x, double y0, double y1)
    {
        _rules.Add(new RuleLine(x, y0, x, y1));
        return this;
    }

    /// <summary>A full grid: every row edge and column edge drawn across the whole table.</summary>
    public SyntheticPage Grid(double[] xs, double[] ys)
    {
        foreach (var y in ys) Horizontal(y, xs[0], xs[^1]);
        foreach (var x in xs) Vertical(x, ys[0], ys[^1]);
        return this;
    }

    public PageWords Build() => new(number, width, height, _words, _rules);
}

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Tells a ruled frame whose cells are themselves tables. When rules are drawn only round a table, under its header
/// or between groups of columns, a "cell" of the frame holds a whole column (or several) of values, one row per
/// line, and the values of side-by-side cells sit on the same baselines. Text wrapped inside the cells of a truly
/// ruled table is words, not a figure on every line, and two such cells need not break on the same baselines.
/// </summary>
public static class RuledCellRows
{
    private const int MinLines = 3;
    private const int MinCells = 2;
    private const int MinSharedBaselines = 3;
    private const double MinFigureLines = 0.75;
    private const double MinDigitShare = 0.5;

    public static bool HoldRowsOfTheirOwn(GridTable table, IReadOnlyList<PositionedWord> words, double textHeight)
    {
        var tolerance = 0.3 * textHeight;
        var columns = new List<List<double>>();
        foreach (var cell in table.Cells)
        {
            if (cell.Box is not { } box) continue;
            var lines = LineBuilder.Build(words.Where(w => Centred(w, box)));
            if (lines.Count >= MinLines && lines.Count(l => IsFigure(l.Text)) >= MinFigureLines * lines.Count)
                columns.Add(lines.Select(l => l.YMax).ToList());
        }
        if (columns.Count < MinCells) return false;
        var shared = columns.SelectMany(b => b).Order().Aggregate(new List<double>(), (distinct, y) =>
        {
            if (distinct.Count == 0 || y - distinct[^1] > tolerance) distinct.Add(y);
            return distinct;
        }).Count(y => columns.Count(b => b.Any(v => Math.Abs(v - y) <= tolerance)) >= MinCells);
        return shared >= MinSharedBaselines;
    }

    // "2 429  26.4  34 145", "(1,071)", "-0.7", ":" — a line of figures, not of words.
    private static bool IsFigure(string text)
    {
        var marks = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return marks.Count > 0 && !marks.Any(char.IsLetter) && marks.Count(char.IsDigit) >= MinDigitShare * marks.Count
               || marks is [':' or '-' or '–' or '—'];
    }

    private static bool Centred(PositionedWord w, LayoutBox box)
    {
        var cx = (w.XMin + w.XMax) / 2;
        var cy = (w.YMin + w.YMax) / 2;
        return cx > box.X0 && cx < box.X1 && cy > box.Y0 && cy < box.Y1;
    }
}

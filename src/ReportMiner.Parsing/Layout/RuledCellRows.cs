namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Tells a ruled frame whose cells are themselves tables. When rules are drawn only round a table, under its header
/// or between groups of columns, a "cell" of the frame holds a whole column (or several) of values, one row per
/// line, and the values of side-by-side cells sit on the same baselines. Text wrapped inside the cells of a truly
/// ruled table is words, not a figure on every line, and two such cells need not break on the same baselines. A
/// cell whose lines each leave a wide gap (a list set in two halves, a rule between them) holds rows too, and so
/// does one column of figures beside its labels, line for line, in a frame drawn only round a small table.
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
        var others = new List<List<double>>();
        var centres = new WordCentres(words);
        foreach (var cell in table.Cells)
        {
            if (cell.Box is not { } box) continue;
            var inCell = centres.In(box);
            // Each line holds a word: a cell of fewer words cannot hold enough lines, and most cells hold one or two.
            if (inCell.Count < MinLines) continue;
            var lines = LineBuilder.Build(inCell);
            if (lines.Count < MinLines) continue;
            // A line of figures, or a line with a wide gap inside it (a row of a list set in two halves).
            if (lines.Count(l => IsFigure(l.Text) || UnruledTableFinder.IsTabular(l, TabularGap * textHeight)) >= MinFigureLines * lines.Count)
                columns.Add(lines.Select(l => l.YMax).ToList());
            else others.Add(lines.Select(l => l.YMax).ToList());
        }
        if (columns.Count >= MinCells) return SharedBaselines(columns, tolerance) >= MinSharedBaselines;
        // One column of figures beside one of labels, line for line, holding most of the frame's words: a small
        // table with rules round it and under its header, its body rows undrawn.
        if (columns.Count != 1) return false;
        var onRows = words.Count(w => columns[0].Any(y => Math.Abs(y - w.YMax) <= tolerance));
        return 2 * onRows >= words.Count
               && others.Any(o => SharedBaselines([columns[0], o], tolerance) >= Math.Max(MinSharedBaselines, o.Count - 1));
    }

    private const double TabularGap = 1.2;

    private static int SharedBaselines(List<List<double>> columns, double tolerance) =>
        columns.SelectMany(b => b).Order().Aggregate(new List<double>(), (distinct, y) =>
        {
            if (distinct.Count == 0 || y - distinct[^1] > tolerance) distinct.Add(y);
            return distinct;
        }).Count(y => columns.Count(b => b.Any(v => Math.Abs(v - y) <= tolerance)) >= MinCells);

    // "2 429  26.4  34 145", "(1,071)", "-0.7", ":" — a line of figures, not of words.
    private static bool IsFigure(string text)
    {
        var marks = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return marks.Count > 0 && !marks.Any(char.IsLetter) && marks.Count(char.IsDigit) >= MinDigitShare * marks.Count
               || marks is [':' or '-' or '–' or '—'];
    }
}

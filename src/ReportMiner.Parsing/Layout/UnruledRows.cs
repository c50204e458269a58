namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Groups the lines of an unruled table into rows. A line joins the row above when it is close below it and
/// either fills only columns the row has not used (cells centred between wrapped lines), mirrors the row's first
/// line around those centred cells, or carries the wrapped end of a few of its cells.
/// </summary>
public static class UnruledRows
{
    private const double JoinGap = 0.6;
    // How far short of a column's edge (itself a little before the next column's text) its cells' text must stop.
    private const double CellPadding = 0.5;

    public static List<List<Fragment>> Group(List<TextLine> run, List<Fragment> fragments, List<double> edges, double h,
        IReadOnlyList<RuleLine> rules)
    {
        var centred = CentredCellRows.Group(fragments, h, out var whole);
        if (centred is not null && whole) return centred;
        var rows = LineRows(run, fragments, edges, h, rules);
        return centred is null ? rows : Confine(centred, rows);
    }

    // Rows of centred cells that show it, and the rest of the table as grouped line by line: a line row loses the
    // pieces a centred row holds, and rows follow in the order their first piece comes down the page.
    private static List<List<Fragment>> Confine(List<List<Fragment>> centred, List<List<Fragment>> rows)
    {
        var taken = centred.SelectMany(r => r).ToHashSet(ReferenceEqualityComparer.Instance);
        return centred.Concat(rows.Select(r => r.Where(f => !taken.Contains(f)).ToList()).Where(r => r.Count > 0))
            .OrderBy(r => r.Min(f => f.Y0)).ToList();
    }

    private static List<List<Fragment>> LineRows(List<TextLine> run, List<Fragment> fragments, List<double> edges, double h,
        IReadOnlyList<RuleLine> rules)
    {
        var byLine = fragments.GroupBy(f => f.Line).ToDictionary(g => g.Key, g => g.ToList());
        var rowPitch = FigureRowPitch(byLine);
        var widest = fragments.Where(f => f.C0 == f.C1).GroupBy(f => f.C0).ToDictionary(g => g.Key, g => g.Max(f => f.X1));
        var gaps = run.Zip(run.Skip(1), (a, b) => b.YMin - a.YMax).ToList();
        // Rows set apart: at least a third of the gaps between lines are wider than this one (a table at one line
        // pitch throughout, as LaTeX sets it, says nothing about where its cells wrap).
        bool SpacedRows(double gap) => gaps.Count(g => g >= gap + 0.4 * h) * 3 >= gaps.Count;
        var rows = new List<Row>();
        for (var i = 0; i < run.Count; i++)
        {
            if (!byLine.TryGetValue(i, out var line)) continue;
            var cols = Columns(line);
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && !RuledOff(row.LastLine, line, rules) && (Joins(row, run[i], cols, edges, h, fragments) || Wraps(row, run[i], line, edges, widest, SpacedRows, h)
                                                                       || WrappedLabel(row, line, widest, rowPitch, h)
                                                                       || EndsCentredCells(row, run[i], line, h))) row.Add(run[i], line, cols);
            else rows.Add(new Row(run[i], line, cols));
        }
        return SplitUncentred(rows).Select(r => r.Fragments).ToList();
    }

    // Lines taken as centred between the wrapped lines of a row that never wrapped were a row of their own when the
    // next row fills the same columns: a group label ("Continuing operations") under the header, not a label
    // centred beside it ("Region" between two header lines keeps its place).
    private static List<Row> SplitUncentred(List<Row> rows)
    {
        var result = new List<Row>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var centred = row.Parts.Skip(1).ToList();
            var next = i + 1 < rows.Count ? rows[i + 1].Parts[0].Columns : null;
            if (row.Centred is null || row.Continued || next is null || !centred.All(p => p.Columns.Overlaps(next)))
            {
                result.Add(row);
                continue;
            }
            var first = row.Parts[0];
            result.Add(new Row(first.Line, first.Fragments, first.Columns));
            var rest = new Row(centred[0].Line, centred[0].Fragments, centred[0].Columns);
            foreach (var p in centred.Skip(1)) rest.Add(p.Line, p.Fragments, p.Columns);
            result.Add(rest);
        }
        return result;
    }

    private static bool Joins(Row row, TextLine line, HashSet<int> cols, List<double> edges, double h, List<Fragment> all)
    {
        var gap = line.YMin - row.Bottom;
        if (gap > JoinGap * h) return false;
        if (!cols.Overlaps(row.Columns)) return true;
        var shared = new HashSet<int>(cols);
        shared.IntersectWith(row.Columns);
        // Mirrors the first line around the centred cells, continuing only cells of the first line that wrapped.
        // A cell wrapped when its first line filled it to the edge, or (a left-aligned header over right-aligned
        // numbers, which never reaches the edge) when this line goes on exactly below it at an x where nothing
        // else in the table starts.
        var below = line.Words.Select(w => w.XMin).ToList();
        bool GoesOnBelow(Fragment f) =>
            below.Any(x => Math.Abs(x - f.X0) <= 0.5 * h) && all.Count(o => Math.Abs(o.X0 - f.X0) <= 0.5 * h) <= 2;
        var wrapped = row.FirstLine.Where(f => f.X1 >= edges[f.C1 + 1] - 2 * h || GoesOnBelow(f))
            .SelectMany(f => Enumerable.Range(f.C0, f.C1 - f.C0 + 1));
        // Or the row's first line had one or two cells that wrapped (a label) beside many centred ones: fewer cells
        // go on below than were centred.
        var fewer = cols.Count < row.CentredColumns.Count;
        if (row.Centred is { } mid && shared.Count > 0 && (fewer || shared.IsSubsetOf(wrapped))
            && Center(line) <= 2 * mid - row.FirstCenter + 0.3 * h) return true;
        if (MirrorsAroundLabel(row, line, cols, wrapped, h)) return true;
        // A line of a few cells under a row continues it, unless it names a row of its own in the first column
        // (a sparse table's next row, or the first body row under a header).
        if (cols.IsProperSubsetOf(row.Columns) && cols.Count * 2 <= row.Columns.Count && row.Centred is null
            && !(cols.Contains(0) && row.FirstColumns.Contains(0))) return true;
        // The first line held only the upper halves of a few wrapped cells; this line has the rest of the row.
        return row.Lines == 1 && gap < 0 && row.Columns.IsSubsetOf(cols) && row.Columns.Count * 2 <= cols.Count;
    }

    // A form row of two lines beside a one-line label centred between them ("项目名称" beside a name wrapped once,
    // "联系人及电话" beside a wrapped name and number): this line holds exactly the first line's cells, follows it at
    // the pitch of wrapped text, the label sits exactly midway, and at least one of the first line's cells reached its
    // column's edge. Its other cells need not: a value column widened by a longer cell of another row shows no edge.
    // Two rows of figures under a label centred on both (a level-one label over two indicators) are never joined.
    private static bool MirrorsAroundLabel(Row row, TextLine line, HashSet<int> cols, IEnumerable<int> wrapped, double h)
    {
        if (row.Centred is not { } mid || row.Lines != 2 || !cols.SetEquals(row.FirstColumns) || !cols.Overlaps(wrapped)) return false;
        if (line.YMin - row.FirstLine.Max(f => f.Y1) > JoinGap * h) return false;
        if (Math.Abs(Center(line) - (2 * mid - row.FirstCenter)) > 0.3 * h) return false;
        return row.FirstLine.All(f => !UnruledHeaderBand.IsValue(f.Text) && !UnruledHeaderBand.IsYear(f.Text));
    }

    // Cells of several heights centred on one row (a three-line name beside a two-line label beside one-line cells):
    // the line ends cells the row already holds, each then centred on the line of the row's one-line cells. Judged by
    // the text above each piece, not by column (a label alone on its line may have been spread over an empty column).
    private static bool EndsCentredCells(Row row, TextLine line, List<Fragment> pieces, double h)
    {
        if (row.Lines < 2 || pieces.Count == 0 || line.YMin - row.Bottom > JoinGap * h) return false;
        var widest = row.Parts.MaxBy(p => p.Columns.Count);
        if (widest.Columns.Count < 2 || widest.Fragments.Count <= pieces.Count) return false;
        var middle = Center(widest.Line);
        return pieces.All(f =>
        {
            var above = row.Fragments.Where(o => o.X0 < f.X1 && o.X1 > f.X0).Select(o => o.Y0).DefaultIfEmpty(double.NaN).Min();
            return !double.IsNaN(above) && above < widest.Line.YMin - 0.3 * h && Math.Abs((above + line.YMax) / 2 - middle) <= 0.3 * h;
        });
    }

    // Every cell this line shares with the row's last line was filled to its right edge there, or as near it as the
    // next line's first word would not have fitted (and is not a figure over a figure): wrapped text. Or, in a table whose rows are set further apart than this line is from the one
    // above, two or more text cells go on, each where its next word would not have fitted in the widest its column
    // gets: a table whose cells wrap in every column, each broken where its own text ran out, few near the edge.
    private static bool Wraps(Row row, TextLine line, List<Fragment> fragments, List<double> edges,
        Dictionary<int, double> widest, Func<double, bool> spacedRows, double h)
    {
        var gap = line.YMin - row.Bottom;
        if (gap > JoinGap * h) return false;
        return Wraps(row, fragments, h, (above, below) => above.X1 >= edges[above.C1 + 1] - 2 * h
                   || LineBreaks.WouldNotFit(above, below, edges[above.C1 + 1] - CellPadding * h), minShared: 1)
               || spacedRows(gap) && Wraps(row, fragments, h, (above, below) => !IsFigure(above.Text) && !IsFigure(below.Text)
                   && above.C0 == above.C1 && NextWordOverruns(above, below, widest, h), minShared: 2);
    }

    private static bool Wraps(Row row, List<Fragment> fragments, double h, Func<Fragment, Fragment, bool> brokenHere, int minShared)
    {
        var last = row.LastLine;
        var shared = 0;
        var headed = 0;
        foreach (var f in fragments)
        {
            var above = last.FirstOrDefault(a => a.C0 == f.C0);
            if (above is null)
            {
                if (row.Columns.Contains(f.C0)) return false;
                continue;
            }
            shared++;
            // A figure never wraps onto a figure: two numbers one above the other are two rows.
            if (UnruledHeaderBand.IsValue(above.Text) && UnruledHeaderBand.IsValue(f.Text)) return false;
            if (UnruledHeaderBand.IsYear(above.Text)) return false;
            // Figures under words in two columns are a body row under its header (分值 over 20, 得分 over 4).
            if (!IsFigure(above.Text) && IsFigure(f.Text) && ++headed >= 2) return false;
            if (!brokenHere(above, f) || !Aligned(above, f, h)) return false;
        }
        return shared >= minShared;
    }

    private static bool NextWordOverruns(Fragment above, Fragment below, Dictionary<int, double> widest, double h) =>
        widest.TryGetValue(above.C0, out var right) && above.X1 + 0.25 * h + FirstWordWidth(below) > right;

    private static double FirstWordWidth(Fragment f)
    {
        var space = f.Text.IndexOf(' ');
        return (f.X1 - f.X0) * (space > 0 ? space : f.Text.Length) / f.Text.Length;
    }

    // A row label wrapped onto the line of its figures: the row so far is that label alone, the next line's first
    // word would not have fitted after it in the widest the column gets, and the line follows closer than any two
    // rows of figures follow each other (the line pitch of wrapped text, not the spacing of rows: a heading alone in
    // the stub of a spaced table sits a row's pitch above the row it heads).
    private static bool WrappedLabel(Row row, List<Fragment> line, Dictionary<int, double> widest, double rowPitch, double h)
    {
        if (row.Lines != 1 || row.LastLine.Count != 1 || row.LastLine[0] is not { C0: var c, C1: var c1 } label || c != c1) return false;
        var below = line.FirstOrDefault(f => f.C0 == c && f.C1 == c);
        if (below is null || !line.Any(f => f.C0 > c && IsFigure(f.Text))) return false;
        if (below.Y0 - label.Y1 > JoinGap * h || below.Y0 - label.Y0 >= rowPitch - 0.1 * h) return false;
        if (Math.Abs(below.X0 - label.X0) > 0.5 * h) return false;
        return label.X1 + 0.25 * h + FirstWordWidth(below) > widest[c];
    }

    // The closest two successive lines holding two or more figures each follow each other.
    private static double FigureRowPitch(Dictionary<int, List<Fragment>> byLine)
    {
        var figureLines = byLine.Where(l => l.Value.Count(f => IsFigure(f.Text)) >= 2)
            .OrderBy(l => l.Key).Select(l => l.Value.Min(f => f.Y0)).ToList();
        return figureLines.Zip(figureLines.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Min();
    }

    // A figure as printed: digits with separators (spaces or commas between thousands), signs, brackets, a percent.
    private static bool IsFigure(string text) => text.Any(char.IsAsciiDigit) && !text.Any(char.IsLetter);

    // Text does not wrap across a rule: a rule between two lines under cells of both (the rule under a group
    // label spanning its sub-columns, the rule under a header) ends the row above.
    internal static bool RuledOff(List<Fragment> above, List<Fragment> below, IReadOnlyList<RuleLine> rules)
    {
        var top = above.Max(f => f.Y1);
        var bottom = below.Min(f => f.Y0);
        return rules.Any(r =>
        {
            var y = (r.Y1 + r.Y2) / 2;
            double x0 = Math.Min(r.X1, r.X2), x1 = Math.Max(r.X1, r.X2);
            return y > top - 1 && y < bottom + 1 && above.Any(f => f.X0 < x1 && f.X1 > x0) && below.Any(f => f.X0 < x1 && f.X1 > x0);
        });
    }

    // Wrapped text goes on with the alignment of its cell: same start, same end or same middle. A group label
    // centred over two narrow columns reaches the edge of the first one, but the sub-headers below it are not
    // aligned with it.
    private static bool Aligned(Fragment above, Fragment below, double h) =>
        Math.Abs(above.X0 - below.X0) <= 0.5 * h || Math.Abs(above.X1 - below.X1) <= 0.5 * h
        || Math.Abs(above.X0 + above.X1 - below.X0 - below.X1) <= h;

    private static double Center(TextLine l) => (l.YMin + l.YMax) / 2;

    private static HashSet<int> Columns(List<Fragment> line)
    {
        var set = new HashSet<int>();
        foreach (var f in line) for (var c = f.C0; c <= f.C1; c++) set.Add(c);
        return set;
    }

    private sealed class Row
    {
        private readonly HashSet<int> _first;
        private readonly List<double> _centred = [];
        private bool _continued;

        public Row(TextLine line, List<Fragment> fragments, HashSet<int> cols)
        {
            _first = cols;
            FirstLine = fragments;
            FirstCenter = Center(line);
            Add(line, fragments, cols, first: true);
        }

        public List<Fragment> Fragments { get; } = [];
        public List<(TextLine Line, List<Fragment> Fragments, HashSet<int> Columns)> Parts { get; } = [];
        public bool Continued => _continued;
        public HashSet<int> CentredColumns { get; } = [];
        public HashSet<int> Columns { get; } = [];
        public double Bottom { get; private set; }
        public int Lines { get; private set; }
        public double FirstCenter { get; }
        public HashSet<int> FirstColumns => _first;
        public List<Fragment> FirstLine { get; }
        public List<Fragment> LastLine { get; private set; } = [];
        public double? Centred => _centred.Count == 0 ? null : _centred.Average();

        public void Add(TextLine line, List<Fragment> fragments, HashSet<int> cols, bool first = false)
        {
            // Only lines before the first line's cells continue are centred between them.
            if (!first && !cols.Overlaps(_first) && !_continued)
            {
                _centred.Add(Center(line));
                CentredColumns.UnionWith(cols);
            }
            if (!first && cols.Overlaps(_first)) _continued = true;
            Fragments.AddRange(fragments);
            Parts.Add((line, fragments, cols));
            LastLine = fragments;
            Columns.UnionWith(cols);
            Bottom = Math.Max(Bottom, line.YMax);
            Lines++;
        }
    }
}

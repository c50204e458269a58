namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Tables drawn without rules (the "stream" family of methods). A run of lines that leave wide gaps between
/// their words is a table candidate; its columns are the vertical gutters that the word groups of the run leave
/// open (a word group crossing a gutter is a cell spanning columns); its rows come from baselines, with wrapped
/// and vertically centred cell text joined (<see cref="UnruledRows"/>); labels standing alone in sparse columns
/// span the rows they are centred on.
/// </summary>
public static class UnruledTableFinder
{
    private const int MinRows = 3;
    private const double TabularGap = 1.2;

    /// <param name="continuing">Column edges of the table that ended the previous page (see <see cref="UnruledGrid.Build"/>):
    /// offered to a table that opens this page.</param>
    public static IReadOnlyList<GridTable> Find(int page, IReadOnlyList<TextLine> lines, double textHeight,
        out List<TextLine> remaining, IReadOnlyList<RuleLine>? rules = null, CarriedColumns? continuing = null)
    {
        var gutter = ColumnStops.Gutter(lines, textHeight, TabularGap * textHeight);
        // A column of running text beside a table: each side of it is looked at on its own.
        var parts = RuledSideBySide.Split(lines, rules ?? [], textHeight) ?? UnruledSideBySide.Split(lines, gutter, textHeight)
                    ?? TextColumnBeside.Split(lines, gutter, textHeight);
        if (parts is null) return FindIn(page, lines, textHeight, gutter, out remaining, rules, continuing);
        var tables = new List<GridTable>();
        remaining = [];
        foreach (var part in parts)
        {
            tables.AddRange(FindIn(page, part, textHeight, gutter, out var rest, rules, null));
            remaining.AddRange(rest);
        }
        return tables;
    }

    private static IReadOnlyList<GridTable> FindIn(int page, IReadOnlyList<TextLine> lines, double textHeight, double gutter,
        out List<TextLine> remaining, IReadOnlyList<RuleLine>? rules, CarriedColumns? continuing)
    {
        var across = (rules ?? []).Where(r => r.IsHorizontal).ToList();
        var tables = new List<GridTable>();
        remaining = [];
        var i = 0;
        var floor = 0;
        var prose = TwoColumnText.Lines(lines, gutter, textHeight);
        bool RowLine(int k) => IsTabular(lines[k], gutter) && !prose[k];
        while (i < lines.Count)
        {
            if (!RowLine(i)) { remaining.Add(lines[i]); i++; continue; }
            var end = WrappedLinesBelow.Extend(lines, i, RunEnd(lines, i, gutter, textHeight, RowLine), gutter, textHeight);
            end = GridChange(lines, i, end, gutter, textHeight, RowLine);
            var start = i;
            while (start > floor && i - start < MaxHeaderLinesAbove && WrappedHeaderLineAbove(lines[start - 1], lines[start], gutter, textHeight)) start--;
            var topRule = ThreeLineTableTop.Start(lines, start, end, floor, rules ?? [], textHeight);
            var underTopRule = topRule < start;
            start = Math.Min(start, topRule);
            // Rows carried over from the previous page may open the page above the first line with wide gaps (the
            // rest of a cell cut by the break, a row's wrapped cells above its centred label).
            if (continuing is not null && tables.Count == 0 && start > 0 && start == remaining.Count
                && Enumerable.Range(1, start).All(k => Gap(lines, k) <= MaxRowGap * textHeight)
                && UnruledGrid.Build(page, lines.Take(end).ToList(), textHeight, across, 0, continuing, mustContinue: true) is { } carriedOn)
            {
                tables.Add(carriedOn);
                remaining.Clear();
                i = floor = end;
                continue;
            }
            // Without a wrapped header above, form rows whose cells wrap (a long 项目名称 over two lines beside its
            // label) can sit above the first line with wide gaps, unless a rule parts them from it (a rule under the
            // first row, as a header rule, leaves them joined).
            var formRows = start == i ? FormRowsAbove(lines, i, end, floor, gutter, textHeight) : i;
            if (formRows < i && across.Any(r => (r.Y1 + r.Y2) / 2 > lines[formRows].YMin && (r.Y1 + r.Y2) / 2 < lines[i].YMin)) formRows = i;
            if (formRows < i)
            {
                var withForm = lines.Skip(formRows).Take(end - formRows).ToList();
                var formTable = UnruledGrid.Build(page, withForm, textHeight, across);
                if (formTable is not null)
                {
                    tables.Add(formTable);
                    remaining.RemoveRange(remaining.Count - (i - formRows), i - formRows);
                    i = floor = end;
                    continue;
                }
            }
            var top = StartBelowTopRule(lines, start, end, across, gutter, textHeight);
            if (top > i)
            {
                remaining.AddRange(lines.Skip(i).Take(top - i));
                i = top;
            }
            start = Math.Max(start, top);
            var run = lines.Skip(start).Take(end - start).ToList();
            // Only a table that opens the page goes on from the previous one.
            var carried = start == 0 && tables.Count == 0 ? continuing : null;
            var table = run.Count(l => IsTabular(l, gutter)) >= MinRows ? UnruledGrid.Build(page, run, textHeight, across, underTopRule ? 0 : i - start, carried) : null;
            // Lines taken in above the table that did not join its header were not part of it.
            if (table is null && start < i)
            {
                start = i;
                run = lines.Skip(start).Take(end - start).ToList();
                table = run.Count(l => IsTabular(l, gutter)) >= MinRows ? UnruledGrid.Build(page, run, textHeight, across) : null;
            }
            if (table is not null)
            {
                tables.Add(table);
                remaining.RemoveRange(remaining.Count - (i - start), i - start);
                i = floor = end;
            }
            else
            {
                remaining.Add(lines[i]);
                i++;
            }
        }
        return tables;
    }

    // The run goes on through lines with wide gaps, and through up to five other lines (wrapped cell text, a
    // label alone in its column) when a line with wide gaps follows closely.
    private static int RunEnd(IReadOnlyList<TextLine> lines, int start, double gutter, double h, Func<int, bool> rowLine)
    {
        var end = start + 1;
        var starts = new List<double>();
        var scanned = start;
        while (end < lines.Count)
        {
            if (!Close(lines, end, gutter, h)) break;
            if (rowLine(end)) { end++; continue; }
            // Where the rows so far start their pieces (each row line read once, each x kept once).
            for (; scanned < end; scanned++)
                if (rowLine(scanned))
                    foreach (var p in Pieces(lines[scanned], gutter))
                        if (!starts.Any(x => Math.Abs(x - p.X0) <= 0.1 * h)) starts.Add(p.X0);
            var next = end;
            var loose = 0;
            while (next < lines.Count && !rowLine(next) && Close(lines, next, gutter, h)
                   && (InColumns(lines[next], starts, gutter, h) || ++loose < 5)) next++;
            if (next < lines.Count && loose < 5 && rowLine(next) && Close(lines, next, gutter, h))
                end = next;
            else break;
        }
        return end;
    }

    // A long cell wrapped over many lines beside a label centred on it (项目概述 beside ten lines of text) leaves lines
    // of one piece each between the rows with wide gaps. Each of its pieces starts where pieces of the table's rows
    // start and ends before the next such start: text kept inside one column, not a paragraph across the page.
    private static bool InColumns(TextLine line, List<double> starts, double gutter, double h)
    {
        if (starts.Count < 2) return false;
        return Pieces(line, gutter).All(p => starts.Any(s => Math.Abs(p.X0 - s) <= 0.5 * h)
                                             && !starts.Any(s => s > p.X0 + 0.5 * h && s < p.X1 - 0.5 * h));
    }

    // A line is close to the one above when the gap is under one and a half text heights, or, in a table printed
    // with generous row spacing, up to a few text heights when it keeps the columns of the line above (or of the
    // line below, after a header: the rows of such a table are evenly spaced).
    private static bool Close(IReadOnlyList<TextLine> lines, int i, double gutter, double h)
    {
        var gap = Gap(lines, i);
        if (gap <= 1.5 * h) return true;
        if (gap > MaxRowGap * h) return false;
        if (GroupLabelsOver(lines[i - 1], lines[i], gutter, h)) return true;
        if (SectionLabel(lines, i, gutter, h) || (i >= 2 && SectionLabel(lines, i - 1, gutter, h) && Math.Abs(Gap(lines, i - 1) - gap) <= 0.3 * h))
            return true;
        // A row whose first line is not tabular (a wrapped label above its vertically centred cells) is judged by
        // the tabular line that follows it closely.
        var row = i;
        while (row < lines.Count && row - i < 3 && !IsTabular(lines[row], gutter) && (row == i || Gap(lines, row) <= 1.5 * h)) row++;
        if (row >= lines.Count || row - i >= 3 || !IsTabular(lines[row], gutter) || (row > i && Gap(lines, row) > 1.5 * h)) return false;
        if (IsTabular(lines[i - 1], gutter) && Aligned(lines[i - 1], lines[row], gutter, h)) return true;
        return row == i && i + 1 < lines.Count && Math.Abs(Gap(lines, i + 1) - gap) <= 0.3 * h
               && IsTabular(lines[i + 1], gutter) && Aligned(lines[i], lines[i + 1], gutter, h);
    }

    // A section heading inside a table printed with generous row spacing ("Current assets" over the rows it
    // groups): a line standing alone in the stub column, spaced like the rows around it, between two rows that
    // share their columns. A caption or a paragraph is wider than the stub column or set apart by more space.
    private static bool SectionLabel(IReadOnlyList<TextLine> lines, int i, double gutter, double h)
    {
        if (i < 1 || i + 1 >= lines.Count) return false;
        var (above, label, below) = (lines[i - 1], lines[i], lines[i + 1]);
        if (IsTabular(label, gutter) || !IsTabular(above, gutter) || !IsTabular(below, gutter)) return false;
        var gap = Gap(lines, i);
        if (gap > MaxRowGap * h || Math.Abs(Gap(lines, i + 1) - gap) > 0.3 * h) return false;
        var pa = Pieces(above, gutter);
        var pb = Pieces(below, gutter);
        var stubStart = Math.Min(pa[0].X0, pb[0].X0);
        var columnsStart = Math.Min(pa[1].X0, pb[1].X0);
        // Set at the stub's start, or out to the left of labels indented under it.
        if (label.XMin > stubStart + 0.5 * h || label.XMin < stubStart - MaxOutdent * h || label.XMax >= columnsStart) return false;
        // The rows on both sides fill the same columns: two pieces right of the stub (one, in a table of one or two
        // columns of values) overlap a piece of the other row. Nil dashes and centred headers overlap little more.
        var cells = new[] { pa, pb }.Select(l => l.Where(p => p.X0 >= columnsStart).ToList()).OrderBy(l => l.Count).ToList();
        var shared = cells[0].Count(p => cells[1].Any(q => q.X0 < p.X1 && q.X1 > p.X0));
        return shared >= Math.Min(2, cells[0].Count) && shared > 0;
    }

    private const double MaxOutdent = 3;

    // Group labels over their sub-columns ("Group" over 2023 2022, "Company" over 2023 2022): each piece of the
    // line above is centred over two or more neighbouring pieces of the line below, or (a stub or note header
    // beside them) stands left of them all.
    private static bool GroupLabelsOver(TextLine above, TextLine below, double gutter, double h)
    {
        if (!IsTabular(above, gutter) || !IsTabular(below, gutter)) return false;
        var under = Pieces(below, gutter);
        var groups = 0;
        foreach (var p in Pieces(above, gutter))
        {
            if (p.X1 < under[0].X0) continue;
            var mid = (p.X0 + p.X1) / 2;
            var spanned = false;
            for (var j = 0; j < under.Count && !spanned; j++)
                for (var k = j + 1; k < under.Count && !spanned; k++)
                    spanned = Math.Abs(mid - (under[j].X0 + under[k].X1) / 2) <= h && p.X0 >= under[j].X0 - h && p.X1 <= under[k].X1 + h;
            if (!spanned) return false;
            groups++;
        }
        return groups > 0;
    }

    private const double MaxRowGap = 3.5;
    private const int MaxHeaderLinesAbove = 2;

    // A header wrapped over several lines starts above the first line with wide gaps when its first lines hold
    // only the headers that wrap most (bottom-aligned or centred header cells): such a line sits close above,
    // each of its pieces over exactly one piece of the line below and sharing its start, end or middle. A caption
    // or a paragraph above the table is wider than one column, so it overlaps several pieces or none, or sits over
    // the first column alone.
    private static bool WrappedHeaderLineAbove(TextLine above, TextLine below, double gutter, double h)
    {
        if (below.YMin - above.YMax > JoinGap * h) return false;
        var under = Pieces(below, gutter);
        var pieces = Pieces(above, gutter);
        // A line over the first column alone is a title or caption set close above the table.
        if (pieces.All(p => p.X0 < under[0].X1)) return false;
        return pieces.All(p =>
        {
            var overlapped = under.Where(q => q.X0 < p.X1 && q.X1 > p.X0).ToList();
            if (overlapped.Count != 1) return false;
            var q = overlapped[0];
            return Math.Abs(p.X0 - q.X0) <= 0.5 * h || Math.Abs(p.X1 - q.X1) <= 0.5 * h || Math.Abs(p.X0 + p.X1 - q.X0 - q.X1) <= h;
        });
    }

    private const double JoinGap = 0.6;

    // Form rows above a table's first line with wide gaps: bands of lines set close together (a wrapped cell and the
    // label centred beside it), each band spaced from the next like rows, whose pieces start at the column starts of
    // the table's first lines and stay inside their column (the last piece of a line may run on: a value spanning to
    // the table's right edge), in at least two columns. A title or a caption line is one piece, over one column or
    // across several.
    private static int FormRowsAbove(IReadOnlyList<TextLine> lines, int first, int end, int floor, double gutter, double h)
    {
        var starts = ColumnStarts(lines.Skip(first).Take(Math.Min(end - first, ReferenceLines)), gutter, h);
        if (starts.Count < 2) return first;
        var top = first;
        for (var rows = 0; rows < MaxFormRowsAbove && top > floor && Gap(lines, top) <= 1.5 * h; rows++)
        {
            var b = top - 1;
            while (b > floor && top - b < MaxBandLines && Gap(lines, b) <= JoinGap * h) b--;
            var band = lines.Skip(b).Take(top - b).ToList();
            var columns = new HashSet<int>();
            // The upper lines of the first row's own cells (a label wrapped onto the first line with wide gaps) may
            // fill one column, when they fill it to its edge.
            var ownRow = top == first && Gap(lines, first) <= JoinGap * h;
            var filled = true;
            foreach (var line in band)
            {
                var pieces = Pieces(line, gutter);
                for (var k = 0; k < pieces.Count; k++)
                {
                    var column = starts.FindIndex(s => Math.Abs(pieces[k].X0 - s) <= 0.5 * h);
                    var inside = column >= 0 && (k == pieces.Count - 1 || column == starts.Count - 1
                                                 || pieces[k].X1 <= starts[column + 1] - 0.25 * h);
                    if (!inside) return top;
                    columns.Add(column);
                    filled &= column < starts.Count - 1 && pieces[k].X1 >= starts[column + 1] - MaxFillShortfall * h;
                }
            }
            // A band taller than a wrapped cell is running text.
            if (columns.Count < 2 && !(ownRow && filled) || b > floor && Gap(lines, b) <= JoinGap * h) return top;
            top = b;
        }
        return top;
    }

    // Where the pieces of the given lines start, starts closer than half a text height taken as one.
    private static List<double> ColumnStarts(IEnumerable<TextLine> lines, double gutter, double h)
    {
        var starts = new List<double>();
        foreach (var x in lines.SelectMany(l => Pieces(l, gutter)).Select(p => p.X0).Order())
            if (starts.Count == 0 || x - starts[^1] > 0.5 * h) starts.Add(x);
        return starts;
    }

    // Two tables stacked with no space between them (a budget block over an indicator table, each with a grid of its
    // own) run on as one: a line of neither grid between them, where the pieces of the lines above and those below
    // start at different x, ends the first.
    private static int GridChange(IReadOnlyList<TextLine> lines, int start, int end, double gutter, double h, Func<int, bool> rowLine)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (rowLine(k)) continue;
            // The nearest six rows on each side say where each grid starts its columns (linear in the run's lines).
            var above = RowLinesFrom(lines, k - 1, start - 1, -1, rowLine);
            var below = RowLinesFrom(lines, k + 1, end, 1, rowLine);
            if (above.Count < MinGridLines || below.Count < MinGridLines) continue;
            var (a, b) = (ColumnStarts(above, gutter, h), ColumnStarts(below, gutter, h));
            if (a.Count < (AtStub(lines[k], b, h) ? MinTextBlockStarts : MinGridStarts) || b.Count < MinGridStarts) continue;
            var shared = b.Count(x => a.Any(y => Math.Abs(x - y) <= 0.5 * h));
            if (shared <= 1 || shared <= MaxStubStarts && NewGrid(lines[k], below[0], a, b, gutter, h))
                return UnruledGridTail.End(lines, k, end, a, b, h, rowLine);
        }
        return end;
    }

    // Above a grid, a block of two columns (年度总体目标 beside its goal text, 目标1… beside 目标1…, a label beside a long
    // wrapped cell) starts too few columns to tell it from a grid's own wrapped lines; a line between set at the stub
    // of the grid below (a section heading, 年度绩效指标完成情况, or a note run across the table) still ends it, where a
    // wrapped cell's last line inside a column (金 under 上年度安排资|金) does not.
    private static bool AtStub(TextLine between, List<double> below, double h) =>
        below.Count > 0 && Math.Abs(between.XMin - below[0]) <= 0.5 * h;

    private const int MinTextBlockStarts = 2;

    // A second grid sharing only its two stub columns with the first (a project form over its 绩效目标表, both
    // starting their labels at the left edge): the line between is kept inside the columns of neither (a heading,
    // a note across them), the second opens with a row that starts two pieces where no row of the first starts
    // one, and the first starts two columns where no row of the second does.
    private static bool NewGrid(TextLine between, TextLine first, List<double> above, List<double> below, double gutter, double h)
    {
        static int Outside(IEnumerable<double> xs, List<double> other, double h) =>
            xs.Count(x => !other.Any(y => Math.Abs(x - y) <= 0.5 * h));
        return !InColumns(between, above, gutter, h) && !InColumns(between, below, gutter, h)
               && Outside(Pieces(first, gutter).Select(p => p.X0), above, h) >= 2 && Outside(above, below, h) >= 2;
    }

    private static List<TextLine> RowLinesFrom(IReadOnlyList<TextLine> lines, int from, int stop, int step, Func<int, bool> rowLine)
    {
        var found = new List<TextLine>();
        for (var j = from; j != stop && found.Count < ReferenceLines; j += step)
            if (rowLine(j)) found.Add(lines[j]);
        return found;
    }

    private const int MinGridLines = 3;
    private const int MaxStubStarts = 2;
    private const int MinGridStarts = 3;
    private const int ReferenceLines = 6;
    private const double MaxFillShortfall = 2;
    private const int MaxFormRowsAbove = 4;
    private const int MaxBandLines = 5;

    // A caption or a unit line set above a table's top rule is not part of the table: a rule across the lines below
    // it, with a second such rule further down (the head or the bottom rule) and none just above the lines it cuts
    // off (a header between a top rule and a head rule), opens the table, unless the lines above it share the
    // columns of the line under it. Renderers that paint each cell's border apart leave the rule in pieces.
    private static int StartBelowTopRule(IReadOnlyList<TextLine> lines, int start, int end, IReadOnlyList<RuleLine> across,
        double gutter, double h)
    {
        if (across.Count == 0) return start;
        var segments = RuleSegments.Normalize(across, Math.Max(1.5, 0.3 * h)).Where(s => s.Horizontal).ToList();
        for (var k = start + 1; k <= Math.Min(start + MaxLinesAboveTopRule, end - MinRows); k++)
        {
            var body = lines.Skip(k).Take(end - k).ToList();
            var (left, right) = (body.Min(l => l.XMin), body.Max(l => l.XMax));
            var spanning = segments.Where(s => s.Covers(left, right, h)).Select(s => s.Pos).ToList();
            var (above, below) = (lines[k - 1], lines[k]);
            if (!spanning.Any(y => y >= above.YMax - 0.2 * h && y <= below.YMin + 0.2 * h)) continue;
            if (!spanning.Any(y => y > below.YMax && y <= body[^1].YMax + 1.5 * h)) continue;
            if (spanning.Any(y => y < above.YMax - 0.2 * h && y > lines[start].YMin - 2 * h)) continue;
            if (lines.Skip(start).Take(k - start).Any(l => Aligned(l, below, gutter, h))) continue;
            return k;
        }
        return start;
    }

    private const int MaxLinesAboveTopRule = 2;

    private static double Gap(IReadOnlyList<TextLine> lines, int i) => lines[i].YMin - lines[i - 1].YMax;

    // Two lines share columns when at least two of their pieces (split at wide gaps), and half of the pieces of
    // the shorter line, start or end at the same x.
    private static bool Aligned(TextLine a, TextLine b, double gutter, double h)
    {
        var pa = Pieces(a, gutter);
        var pb = Pieces(b, gutter);
        var shared = pb.Count(p => pa.Any(q => Math.Abs(p.X0 - q.X0) <= 0.5 * h || Math.Abs(p.X1 - q.X1) <= 0.5 * h));
        return shared >= 2 && shared * 2 >= Math.Min(pa.Count, pb.Count);
    }

    /// <summary>A line's words joined into pieces wherever they stand closer than the gutter.</summary>
    internal static List<(double X0, double X1)> Pieces(TextLine line, double gutter)
    {
        var pieces = new List<(double X0, double X1)>();
        foreach (var w in line.Words)
        {
            if (pieces.Count > 0 && w.XMin - pieces[^1].X1 < gutter) pieces[^1] = (pieces[^1].X0, Math.Max(pieces[^1].X1, w.XMax));
            else pieces.Add((w.XMin, w.XMax));
        }
        return pieces;
    }

    public static bool IsTabular(TextLine line, double gutter) =>
        line.Words.Zip(line.Words.Skip(1), (a, b) => b.XMin - a.XMax).Any(g => g >= gutter);
}

using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Layout;

/// <summary>A word group of one line: words closer than half a text height, as one piece of a cell.</summary>
public sealed record Fragment(int Line, double X0, double X1, double Y0, double Y1, string Text)
{
    public int C0 { get; set; }
    public int C1 { get; set; }
    public double Center => (Y0 + Y1) / 2;
}

/// <summary>Columns of an unruled table from the gutters its fragments leave open, then rows and cells.</summary>
public static partial class UnruledGrid
{
    private const double FragmentGap = 0.45;

    /// <param name="linesAbove">Lines at the start of the run taken in as the upper lines of a wrapped header: the
    /// table is null unless they join its header row.</param>
    /// <param name="continuing">Column edges of the table that ended the previous page, when the run opens this page:
    /// rows carried over without a repeated header are too few to say where the columns are, so they keep the
    /// previous page's columns if they fit them (<see cref="UnruledContinuedColumns"/>).</param>
    /// <param name="mustContinue">Null unless the run keeps the <paramref name="continuing"/> columns.</param>
    public static GridTable? Build(int page, List<TextLine> run, double h, IReadOnlyList<RuleLine>? rules = null, int linesAbove = 0,
        CarriedColumns? continuing = null, bool mustContinue = false)
    {
        var fragments = Fragments(run, h);
        var edges = ColumnEdges(fragments, h);
        var inherited = continuing is not null && UnruledContinuedColumns.Fit(fragments, edges, continuing, h);
        if (mustContinue && !inherited) return null;
        // A column the carried rows part that the previous page left merged (two figures the previous rows ran
        // together) stays parted: the page break joins both tables on the union of their edges.
        if (inherited) edges = [.. continuing!.Edges.Concat(edges.Skip(1).SkipLast(1).Where(x => !continuing!.Edges.Any(e => Math.Abs(e - x) <= h))).Order()];
        if (edges.Count < 3) return null;
        foreach (var line in fragments.GroupBy(f => f.Line))
        {
            Fragment? previous = null;
            foreach (var f in line.OrderBy(f => f.X0))
            {
                f.C0 = Column(edges, f.X0 + 0.25 * h);
                f.C1 = Math.Max(f.C0, Column(edges, f.X1 - 0.25 * h));
                // Two pieces of one line cannot start in one column: the later one (a header over a right-aligned
                // column, wider than its numbers) starts in the next column its text reaches.
                if (previous is not null && f.C0 <= previous.C1 && f.C1 > previous.C1) f.C0 = previous.C1 + 1;
                previous = f;
            }
        }
        if (!inherited)
        {
            edges = UnruledColumnRepairs.MergeIndentedColumns(fragments, edges, h);
            edges = UnruledColumnRepairs.MergeCentredColumns(fragments, edges, h);
        }
        UnruledColumnRepairs.HeadersOverRightAlignedColumns(fragments, edges, h);
        UnruledColumnRepairs.OneFragmentPerColumn(fragments, edges, h);
        UnruledGroupLabels.Spread(fragments, edges, h, rules ?? []);
        if (LooksLikeTextColumns(run, fragments, edges)) return null;
        var rows = UnruledHeaderBand.Join(UnruledRows.Group(run, fragments, edges, h, rules ?? []), h, rules ?? []);
        if (linesAbove > 0 && !rows[0].Any(f => f.Line >= linesAbove)) return null;
        // Rows carried onto the next page keep columns the previous page showed: the break may leave one or two rows
        // there, and a group's label may stand alone on its row (时效指标 over its empty cells).
        if (rows.Count < (inherited ? 1 : 3) || LabelValueLines.Are(rows, edges)) return null;
        var cells = UnruledCells.Build(page, rows, edges, h);
        var multi = rows.Count(r => r.Select(f => f.C0).Distinct().Count() >= 2);
        if (!inherited && multi < Math.Max(3, rows.Count * 0.5)) return null;
        return new GridTable(page, edges, run[0].YMin, run[^1].YMax, cells)
        {
            OpensWithOwnRow = inherited && fragments.Any(f => f.Line == 0 && f.X0 + 0.25 * h < continuing!.Edges[1]),
        };
    }

    private static List<Fragment> Fragments(List<TextLine> run, double h)
    {
        var result = new List<Fragment>();
        var figureEnds = FigureColumnEnds(run, h);
        var cellStarts = CellColumnStarts(run, h);
        var pieceStarts = PieceStarts(run, h);
        bool EndsColumn(PositionedWord w, PositionedWord next, bool figures) => figureEnds.Any(x => Math.Abs(w.XMax - x) <= FigureEndTolerance * h)
                                                                               && !OneEntry(w.Text, next.Text, figures)
                                                                               || next.XMin - w.XMax >= MinStartGap * h
                                                                               && cellStarts.Any(x => Math.Abs(next.XMin - x) <= StartTolerance * h);
        for (var i = 0; i < run.Count; i++)
        {
            var words = run[i].Words;
            var figures = words.Any(w => UnruledHeaderBand.IsValue(w.Text));
            var start = 0;
            var paddedRow = PaddedRow(words, h);
            for (var j = 1; j <= words.Count; j++)
            {
                if (j < words.Count && words[j].XMin - words[j - 1].XMax < FragmentGap * h && !EndsColumn(words[j - 1], words[j], figures)
                    && !WrappedCellGoesOnBelow(i, words[j - 1], words[j], pieceStarts, h)
                    && !DecimalsApart(words[j - 1], words[j], h)
                    && !(figures is false && HeaderWordsApart(words[j - 1], words[j], h))
                    && !(paddedRow && PaddingApart(words[j - 1], words[j], h))) continue;
                var part = words.Skip(start).Take(j - start).ToList();
                result.Add(new Fragment(i, part.Min(w => w.XMin), part.Max(w => w.XMax), part.Min(w => w.YMin), part.Max(w => w.YMax),
                    CjkText.JoinAll(part.Select(w => w.Text))));
                start = j;
            }
        }
        return result;
    }

    // A cell filled to its edge (a wrapped header) leaves only the cell padding before the next cell's text, less than
    // the gap that parts fragments; where that text goes on a line or two away at the very x it starts at (its cell
    // wrapped, left-aligned: 年初目标值|实际完 over 成值(B)), the padding ends a cell. The narrowest cells leave a little
    // less than the padding share (3.0 to 3.2 pt at 12 pt: 指标值 | 完成值 | 值 under 年度 | 实际 | 分), as narrow as a space
    // between CJK words; the start repeated at that x on a line close by tells them apart, so a fifth of a text height
    // will do here after a word of two characters or more. Letter-spaced (distributed) labels (绩 效 指 标) set their
    // single characters as far apart: after one of those only the full padding counts. Only gaps next to CJK count
    // (Latin word spaces and leader dots vary in width).
    private static bool WrappedCellGoesOnBelow(int line, PositionedWord before, PositionedWord next,
        List<(int Line, double X)> pieceStarts, double h) =>
        Apart(before, next, (before.Text.Length > 1 ? MinStartGap : PaddingGap) * h)
        && pieceStarts.Any(s => s.Line != line && Math.Abs(s.Line - line) <= MaxWrapLines && Math.Abs(s.X - next.XMin) <= StartTolerance * h);

    // CJK words of one cell run on without a gap, so in a line of headers two words of two or more CJK characters
    // a cell's padding apart (分值 | 得分 in adjacent narrow cells) are two cells even where no line below shows it.
    private static bool HeaderWordsApart(PositionedWord before, PositionedWord next, double h) =>
        next.XMin - before.XMax >= PaddingGap * h && HeaderWord(before.Text) && HeaderWord(next.Text);

    // A converted table whose rows each keep their own column widths (a row of narrow cells under a header of wide
    // ones) shares no start down the run, and its cells are set only their padding apart. A line where that padding
    // parts words next to CJK twice or more (标准 | 5 | 符合相关文件要求 | 符合相关文件要求 | 5) is such a row: each of those
    // gaps ends a cell. One such gap alone is as often a space in a cell's text (≥86%; 文物展品).
    private static bool PaddedRow(IReadOnlyList<PositionedWord> words, double h)
    {
        var count = 0;
        for (var k = 1; k < words.Count && count < MinPaddedGaps; k++)
            if (PaddingApart(words[k - 1], words[k], h)) count++;
        return count >= MinPaddedGaps;
    }

    private const int MinPaddedGaps = 2;

    // Letter-spaced labels (项 目 名 称) are single characters: they are no header words.
    private static bool HeaderWord(string text) => text.Count(CjkText.IsCjk) >= 2;

    /// <summary>A cell's padding as a share of the text height: the narrowest gap that parts two cells of a row.</summary>
    internal const double PaddingGap = 0.3;
    private const int MaxWrapLines = 2;

    // Where each line's pieces start: its first word, and every word after a gap of at least the cell padding.
    private static List<(int Line, double X)> PieceStarts(List<TextLine> run, double h) =>
        run.SelectMany((l, i) => l.Words.Where((w, k) => k == 0 || w.XMin - l.Words[k - 1].XMax >= PaddingGap * h)
            .Select(w => (Line: i, X: w.XMin))).ToList();

    // A cell's padding between two words next to CJK (where one cell's text leaves no gap) parts two cells; between Latin
    // words a gap that wide is a word space.
    private static bool PaddingApart(PositionedWord before, PositionedWord next, double h) => Apart(before, next, PaddingGap * h);

    private static bool Apart(PositionedWord before, PositionedWord next, double gap) =>
        next.XMin - before.XMax >= gap && NextToCjk(before, next);

    private static bool NextToCjk(PositionedWord before, PositionedWord next) =>
        before.Text.Length > 0 && next.Text.Length > 0 && (CjkText.IsCjk(before.Text[^1]) || CjkText.IsCjk(next.Text[0]));

    // Two figures a cell's padding apart (分值 15 | 得分 13 in narrow columns) start two cells; a figure grouped by spaces
    // (6 395 038; a short group after a single digit, 2 78, too). After a lead of two or three digits a group holds
    // three, so 15 13 or 20 20 are two figures, not one grouped.
    private static bool FiguresApart(PositionedWord before, PositionedWord next, double h) =>
        next.XMin - before.XMax >= MinStartGap * h && Figure(before.Text) && Figure(next.Text)
        && !(ThousandsLead().IsMatch(before.Text) && (before.Text.Count(char.IsAsciiDigit) == 1 ? ThousandsGroup() : FullThousandsGroup()).IsMatch(next.Text));

    [GeneratedRegex(@"^[0-9]{3}([.,][0-9]{1,2})?\)?$")]
    private static partial Regex FullThousandsGroup();

    // A figure with its decimals (30.00, 72890.5, 95.5%) is whole: a figure after it, even a little under the padding away
    // (30.00 27.00, 72890 10.00 in columns set as tight as their entries), starts the next cell, where a column start
    // shared by three lines is not there to say so (the last rows of a page, a sparse score column).
    private static bool DecimalsApart(PositionedWord before, PositionedWord next, double h) =>
        next.XMin - before.XMax >= MinStartGap * h && DecimalPair(before.Text, next.Text);

    // Two figures one of which has its decimals; a group of a number grouped by spaces (6 395 038.50) follows a lead of
    // one to three digits.
    private static bool DecimalPair(string before, string next) =>
        Figure(next) && (WithDecimals().IsMatch(before) || WithDecimals().IsMatch(next) && Figure(before) && !ThousandsLead().IsMatch(before));

    [GeneratedRegex(@"^[(\-−+]?[0-9][0-9,]*\.[0-9]+%?\)?$")]
    private static partial Regex WithDecimals();

    private static bool Figure(string text) => UnruledHeaderBand.IsValue(text) && text.Any(char.IsAsciiDigit);

    private const double FigureEndTolerance = 0.2;
    private const double StartTolerance = 0.15;
    private const double MinStartGap = 0.2;

    // Left-aligned cells set with little padding start at one x on many lines; where a full cell leaves only a space
    // before the next one ("251.89 251.89"), the next still starts there, so a word starting at such an x starts a cell.
    // A start only a cell's padding after CJK counts too (LibreOffice's borderless tables leave a third of a text height
    // between full cells): a column of names filled to their edge leaves no wider gap on any line.
    private static List<double> CellColumnStarts(List<TextLine> run, double h)
    {
        var starts = run.SelectMany((l, i) => l.Words.Skip(1).Where((w, k) => w.XMin - l.Words[k].XMax >= FragmentGap * h
                                                                                || PaddingApart(l.Words[k], w, h)
                                                                                || FiguresApart(l.Words[k], w, h))
                .Select(w => (Line: i, X: w.XMin)))
            .OrderBy(e => e.X).ToList();
        var result = new List<double>();
        var group = new List<(int Line, double X)>();
        foreach (var e in starts.Append((Line: -1, X: double.MaxValue)))
        {
            if (group.Count > 0 && e.X - group[^1].X > StartTolerance * h)
            {
                if (group.Select(g => g.Line).Distinct().Count() >= MinAnchorLines) result.Add(group.Average(g => g.X));
                group.Clear();
            }
            group.Add(e);
        }
        return result;
    }

    // Figures right-aligned in a column end at one x on most lines of the run (nil dashes, often centred, do not say). A word ending there ends its cell even
    // when the next column's text follows it one space away (columns set as tight as their widest entries, a list
    // set in halves whose right half starts one space after the left half's figures).
    private static List<double> FigureColumnEnds(List<TextLine> run, double h)
    {
        var ends = run.SelectMany((l, i) => l.Words.Where(w => UnruledHeaderBand.IsValue(w.Text) && w.Text.Any(char.IsAsciiDigit))
                .Select(w => (Line: i, X: w.XMax)))
            .OrderBy(e => e.X).ToList();
        var need = Math.Max(MinAnchorLines, run.Count / 2);
        var result = new List<double>();
        var group = new List<(int Line, double X)>();
        foreach (var e in ends.Append((Line: -1, X: double.MaxValue)))
        {
            if (group.Count > 0 && e.X - group[0].X > FigureEndTolerance * h)
            {
                if (group.Select(g => g.Line).Distinct().Count() >= need) result.Add(group.Average(g => g.X));
                group.Clear();
            }
            group.Add(e);
        }
        return result;
    }

    // Words one space apart that make one entry even where the first ends with a column of figures: a number
    // grouped by spaces (6 395 038; short groups too, 2 78), a bare count or dash before words (01 Mar, "- relative positions"), and words
    // of a line of figures that are not one (a row label, "Total of part 1", is not cut where figures end); in a
    // line without figures (a header right-aligned over its figures) a word ending there ends its cell.
    private static bool OneEntry(string text, string next, bool lineOfFigures) =>
        ThousandsLead().IsMatch(text) && ThousandsGroup().IsMatch(next)
        || UnruledHeaderBand.IsValue(text) && !text.Any(c => c is ',' or '.') && !UnruledHeaderBand.IsValue(next)
        || !UnruledHeaderBand.IsValue(text) && lineOfFigures;

    [GeneratedRegex(@"^[-−(]?[0-9]{1,3}$")]
    private static partial Regex ThousandsLead();

    [GeneratedRegex(@"^[0-9]{1,3}([.,][0-9]{1,2})?\)?$")]
    private static partial Regex ThousandsGroup();

    // Column starts are x positions where fragments of at least three lines begin (left-aligned cells), or where
    // the fragments of a right-aligned column (ends shared by three lines) begin at the earliest; a start that more
    // fragments cross than begin there is text running past it, not a column.
    private static List<double> ColumnEdges(List<Fragment> fragments, double h)
    {
        var tol = 0.5 * h;
        var right = Anchors(fragments, f => f.X1, tol);
        var firstValueLine = fragments.Where(f => UnruledHeaderBand.IsValue(f.Text)).Select(f => f.Line).DefaultIfEmpty(int.MaxValue).Min();
        // Numbers of one width in a right-aligned column also share their left edge: that is not a column start,
        // even when a header centred over the column happens to start there too.
        var left = Anchors(fragments, f => f.X0, tol)
            .Where(l => !right.Any(r =>
            {
                if (r.Members.Count > l.Members.Count && l.Members.IsSubsetOf(r.Members)) return true;
                var body = l.Members.Where(f => f.Line >= firstValueLine).ToList();
                return r.Members.Count > body.Count && body.Count >= MinAnchorLines && body.All(r.Members.Contains)
                       && l.Members.Count - body.Count <= 1;
            })).ToList();
        var starts = left.Select(a => a.Pos).ToList();
        var headerStarts = left.Where(a => a.Members.All(f => f.Line < firstValueLine)).ToList();
        foreach (var (pos, members) in right)
        {
            var loose = members.Where(f => !left.Any(a => a.Members.Contains(f))).ToList();
            if (loose.Select(f => f.Line).Distinct().Count() < MinAnchorLines) continue;
            // A header spanning this column and the ones to its left can end where its numbers end; it does not
            // say where the column starts.
            var widths = loose.Select(f => f.X1 - f.X0).Order().ToList();
            var typical = widths[widths.Count / 2];
            var start = loose.Where(f => f.X1 - f.X0 <= 2 * typical + h).Min(f => f.X0);
            // A header wrapped over three or more lines, left-aligned in its cell over right-aligned numbers, starts
            // the column: its lines begin at the cell's left edge and end inside the numbers' right edge.
            if (headerStarts.Any(a => a.Pos < start && a.Members.All(f => f.X1 <= pos + tol)
                                      && !starts.Any(o => o > a.Pos + tol && o < start - tol))) continue;
            starts.Add(start);
        }
        // A sparse column may hold only two values: two numbers ending at one x, or two pieces of one width, that no
        // three-line anchor already holds, still mark a column.
        foreach (var (_, members) in Anchors(fragments, f => f.X1, tol, 2))
        {
            if (members.Select(f => f.Line).Distinct().Count() != 2) continue;
            if (left.Any(a => a.Members.Overlaps(members)) || right.Any(a => a.Members.Overlaps(members))) continue;
            var oneWidth = members.Max(f => f.X0) - members.Min(f => f.X0) <= tol;
            if (oneWidth || members.All(f => NumberPattern.IsMatch(f.Text))) starts.Add(members.Min(f => f.X0));
        }
        // A sparse column at the right of a table whose shorter rows fill only its first cells (rows packed to the
        // left under a header of more cells): its header and its one value start at one x, the value a number.
        foreach (var (_, members) in Anchors(fragments, f => f.X0, tol, 2))
        {
            if (members.Count != 2 || members.Select(f => f.Line).Distinct().Count() != 2) continue;
            if (left.Any(a => a.Members.Overlaps(members)) || right.Any(a => a.Members.Overlaps(members))) continue;
            var ordered = members.OrderBy(f => f.Line).ToList();
            if (!NumberPattern.IsMatch(ordered[1].Text) || NumberPattern.IsMatch(ordered[0].Text)) continue;
            if (ordered[1].Line - ordered[0].Line > MaxHeaderToValueLines) continue;
            // A header run on over other columns' starts (one fragment of several headers) is no column's header.
            var x0 = members.Min(f => f.X0);
            if (starts.Any(x => Math.Abs(x - x0) < h || members.Any(f => x > f.X0 + tol && x < f.X1 - tol))) continue;
            starts.Add(x0);
        }
        // A column left empty under its header (remarks, 偏差原因分析及改进措施) whose header wraps: its lines start at one
        // x on two lines close together, the upper one only a cell's padding after the cell before it ends.
        foreach (var (_, members) in Anchors(fragments, f => f.X0, tol, 2))
        {
            if (members.Count != 2 || members.Any(f => NumberPattern.IsMatch(f.Text))) continue;
            var ordered = members.OrderBy(f => f.Line).ToList();
            if (ordered[1].Line - ordered[0].Line is < 1 or > MaxWrapLines) continue;
            if (left.Any(a => a.Members.Overlaps(members)) || right.Any(a => a.Members.Overlaps(members))) continue;
            var upper = ordered[0];
            if (!fragments.Any(o => o.Line == upper.Line && upper.X0 - o.X1 >= PaddingGap * h && upper.X0 - o.X1 < FragmentGap * h)) continue;
            starts.Add(members.Min(f => f.X0));
        }
        // A sparse note column centred under its header: numbers of different widths share neither a start nor an end,
        // only their middle, with at most the header beside them.
        foreach (var (_, members) in Anchors(fragments, f => (f.X0 + f.X1) / 2, tol, 2))
        {
            var numbers = members.Where(f => NumberPattern.IsMatch(f.Text)).ToList();
            if (numbers.Select(f => f.Line).Distinct().Count() < 2 || members.Count - numbers.Count > 1) continue;
            if (members.Select(f => f.Line).Distinct().Count() != members.Count) continue;
            if (left.Any(a => a.Members.Overlaps(members)) || right.Any(a => a.Members.Overlaps(members))) continue;
            starts.Add(members.Min(f => f.X0));
        }
        starts.AddRange(FigurePairStarts(fragments, starts, tol, h));
        // A header over a column left empty below it (a 得分 or 备注 column the rows never fill), or with the one or two
        // entries of a sparse column under it (a 得分 and one score, the other rows packed to the left), starts right of
        // where every other piece of the table ends: nothing else can share its column.
        var rightmost = fragments.MaxBy(f => f.X0)!;
        var column = fragments.Where(f => rightmost.X0 - f.X0 <= StartTolerance * h).ToHashSet();
        if (fragments.Where(f => !column.Contains(f)).Select(f => f.X1).DefaultIfEmpty(double.MaxValue).Max() < column.Min(f => f.X0) - PaddingGap * h)
            starts.Add(column.Min(f => f.X0));
        starts.AddRange(UnruledEmptyColumnHeaders.Starts(fragments, h));
        var min = fragments.Min(f => f.X0);
        var edges = new List<double> { min };
        var last = min;
        foreach (var s in starts.Order())
        {
            // Starts closer than the anchor tolerance are one column (compared start to start, not to the edge
            // drawn a little left of it).
            if (s - last < tol) continue;
            var begin = fragments.Count(f => Math.Abs(f.X0 - s) <= tol);
            var cross = fragments.Count(f => f.X0 < s - tol && f.X1 > s + tol);
            if (cross > begin) continue;
            edges.Add(s - 0.3 * h);
            last = s;
        }
        edges.Add(fragments.Max(f => f.X1));
        return edges;
    }

    // One cell holds one figure: two figures side by side on one line a gutter apart (全年执行数 | 分值 as 338.31 | 10,
    // 实际完成值 | 分值 as 4 | 10) are two cells, though too few rows fill the second column to show its start; a piece of
    // another row running across the x says no column starts there.
    private static List<double> FigurePairStarts(List<Fragment> fragments, List<double> starts, double tol, double h)
    {
        var added = new List<double>();
        foreach (var line in fragments.GroupBy(f => f.Line))
        {
            var pieces = line.OrderBy(f => f.X0).ToList();
            for (var k = 1; k < pieces.Count; k++)
            {
                var (before, after) = (pieces[k - 1], pieces[k]);
                if (!FigurePattern().IsMatch(before.Text) || !FigurePattern().IsMatch(after.Text)) continue;
                if (after.X0 - before.X1 < (DecimalPair(before.Text, after.Text) ? MinStartGap : FragmentGap) * h) continue;
                if (starts.Concat(added).Any(s => s > before.X0 + tol && s <= after.X0 + tol)) continue;
                if (fragments.Any(f => f.X0 < after.X0 - tol && f.X1 > after.X0 + tol)) continue;
                added.Add(after.X0);
            }
        }
        return added;
    }

    // UnruledHeaderBand.Value's figure with a comparator allowed in front and a year counted (a pair of dates is two
    // cells too); its dash placeholders are left out, as a dash alone is no figure to pair.
    [GeneratedRegex(@"^[≥≤<>=]?[(\-−+]?[0-9][0-9,.]*%?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigurePattern();

    internal const int MinAnchorLines = 3;
    private const int MaxHeaderToValueLines = 3;

    private static readonly System.Text.RegularExpressions.Regex NumberPattern =
        new(@"^[(\-−+]?[0-9][0-9,.]*%?\)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static List<(double Pos, HashSet<Fragment> Members)> Anchors(List<Fragment> fragments, Func<Fragment, double> at, double tol,
        int minLines = MinAnchorLines)
    {
        var result = new List<(double, HashSet<Fragment>)>();
        var sorted = fragments.OrderBy(at).ToList();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && at(sorted[j]) - at(sorted[j - 1]) <= tol / 2) j++;
            var group = sorted.GetRange(i, j - i);
            if (group.Select(f => f.Line).Distinct().Count() >= minLines)
                result.Add((group.Min(at), group.ToHashSet()));
            i = j;
        }
        return result;
    }

    // Two or three long columns of running text side by side are a page layout, not a table.
    private static bool LooksLikeTextColumns(List<TextLine> run, List<Fragment> fragments, List<double> edges)
    {
        var width = edges[^1] - edges[0];
        var columns = edges.Count - 1;
        if (columns > 3) return false;
        var wide = fragments.Count(f => f.X1 - f.X0 > 0.7 * width / columns);
        return wide >= 0.6 * fragments.Count && run.Count >= MinRowsForTextColumns;
    }

    private const int MinRowsForTextColumns = 3;

    public static int Column(List<double> edges, double x)
    {
        for (var i = 1; i < edges.Count - 1; i++)
            if (x < edges[i]) return i - 1;
        return edges.Count - 2;
    }
}

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Rows of an unruled table whose narrow columns wrap their cells over several lines, each cell centred in its row
/// (a word-processor table exported without borders). The lines of one row then interleave: a one-line cell sits
/// between the lines of a wrapped neighbour, and no line holds the whole row. What holds is that every cell lies
/// inside its row's height and that rows are set apart by the cell padding: the lines of one cell follow at the text's
/// line pitch, the cells of the next row only after the padding. So a cell is a stack of pieces in one column at the
/// line pitch, and a row is a band of cells whose heights overlap.
/// </summary>
public static class CentredCellRows
{
    private const double Alignment = 0.5;
    private const double PitchTolerance = 0.03;
    private const double MinOverlap = 0.2;
    private const int MinTallCells = 2;
    // Two cells wrapped over three lines step at the pitch four times.
    private const int MinPitchSteps = 3;

    /// <summary>The rows, or null when the table shows no two cells wrapped over two lines or more beside cells centred
    /// on them (a label wrapped once, 经济效益指|标, with its score and value centred on the row, is evidence too).</summary>
    public static List<List<Fragment>>? Group(List<Fragment> fragments, double h) => Group(fragments, h, out _);

    /// <summary>As <see cref="Group(List{Fragment}, double)"/>; <paramref name="whole"/> says the rows cover the whole
    /// table. A cell wrapped over three lines beside centred cells says the table is set that way throughout; a cell
    /// wrapped only once says so of its own row alone (a header's 执行|率 centred beside one-line headers says nothing of
    /// the body under it, whose labels may wrap with their figures on the first line), so then only the rows holding
    /// such a cell are returned and the other lines are left to be grouped line by line.</summary>
    public static List<List<Fragment>>? Group(List<Fragment> fragments, double h, out bool whole)
    {
        whole = false;
        var pitch = LinePitch(fragments, h);
        if (pitch is not { } p) return null;
        var stacks = Stacks(fragments, p, h);
        bool Shows(List<Fragment> s, int minLines) =>
            (s.Count >= minLines && Wrapped(s, fragments, h) || FigureOverUnit(s)) && Centred(s, stacks, p, h);
        var throughout = whole = stacks.Count(s => Shows(s, 3)) >= MinTallCells;
        var evidence = throughout ? [] : stacks.Where(s => Shows(s, 2)).ToHashSet();
        if (!throughout && evidence.Count < MinTallCells) return null;
        var bands = new List<(double Top, double Bottom, List<Fragment> Cells, bool Shows)>();
        var cells = stacks.SelectMany(s => FiguresApart(s).Select(c => (Cell: c, Shows: evidence.Contains(s))));
        foreach (var (stack, shows) in cells.OrderBy(c => c.Cell[0].Y0))
        {
            var (top, bottom) = (stack[0].Y0, stack[^1].Y1);
            var k = bands.FindIndex(b => top < b.Bottom - MinOverlap * h && bottom > b.Top + MinOverlap * h);
            if (k < 0) { bands.Add((top, bottom, [.. stack], shows)); continue; }
            var band = bands[k];
            band.Cells.AddRange(stack);
            bands[k] = (Math.Min(band.Top, top), Math.Max(band.Bottom, bottom), band.Cells, band.Shows || shows);
        }
        if (bands.Count < 3) return null;
        return bands.Where(b => throughout || b.Shows).OrderBy(b => b.Top)
            .Select(b => b.Cells.OrderBy(f => f.Line).ThenBy(f => f.X0).ToList()).ToList();
    }

    // The text's line pitch: the closest that pieces of one column, one under the other and aligned, follow each
    // other again and again. A single closer step is two half-lines of interleaved cells taken as one line, whose
    // height sits between theirs: it is no pitch, and wrapped cells would not stack at it. A figure's box starts lower
    // than a Han character's (by up to a quarter of a text height), so a figure over its unit (150 over 万) steps less
    // than wrapped text does: where pieces of one script repeat a step that little above it, theirs is the pitch (a
    // table of money rows alone has no such step, and 150 over 万 sets it).
    private static double? LinePitch(List<Fragment> fragments, double h)
    {
        var steps = Columns(fragments).SelectMany(c => c.Zip(c.Skip(1), (a, b) => (a, b)))
            .Where(x => Aligned(x.a, x.b, h) && x.b.Y0 - x.a.Y0 >= 0.9 * (x.a.Y1 - x.a.Y0)).ToList();
        var all = Repeated(steps.Select(x => x.b.Y0 - x.a.Y0), h);
        var sameScript = Repeated(steps.Where(x => HasHan(x.a) == HasHan(x.b)).Select(x => x.b.Y0 - x.a.Y0), h);
        return all is { } p && sameScript is { } q && q - p <= MaxScriptOffset * h ? q : all;
    }

    private const double MaxScriptOffset = 0.3;

    // The smallest step that at least MinPitchSteps steps repeat.
    private static double? Repeated(IEnumerable<double> steps, double h)
    {
        var sorted = steps.Order().ToList();
        for (var i = 0; i + MinPitchSteps <= sorted.Count; i++)
            if (sorted[i + MinPitchSteps - 1] <= sorted[i] + PitchTolerance * h) return sorted[i];
        return null;
    }

    private static List<List<Fragment>> Stacks(List<Fragment> fragments, double pitch, double h)
    {
        var stacks = new List<List<Fragment>>();
        foreach (var column in Columns(fragments))
        {
            List<Fragment>? stack = null;
            foreach (var f in column)
            {
                if (stack is not null && f.Y0 - stack[^1].Y0 <= pitch + PitchTolerance * h && Aligned(stack[^1], f, h)) stack.Add(f);
                else stacks.Add(stack = [f]);
            }
        }
        return stacks;
    }

    // A figure never wraps onto a figure: two figures one under the other are two rows, even where one-line rows follow
    // each other at about the pitch of wrapped text (95% | 30 over 95% | 10 over 100, 17.0 against 17.3 at 12 pt). The
    // stack is still read whole for the evidence of centring (a figure of it is level with the middle of any three
    // one-line labels beside it), and parted only where its rows are banded.
    private static IEnumerable<List<Fragment>> FiguresApart(List<Fragment> stack)
    {
        var start = 0;
        for (var i = 1; i <= stack.Count; i++)
        {
            if (i < stack.Count && !FiguresOneOverOther(stack[i - 1], stack[i])) continue;
            yield return start == 0 && i == stack.Count ? stack : stack.GetRange(start, i - start);
            start = i;
        }
    }

    private static bool FiguresOneOverOther(Fragment above, Fragment below) =>
        UnruledHeaderBand.IsValue(above.Text) && UnruledHeaderBand.IsValue(below.Text);

    // A tall cell with a shorter one beside it centred on it (their middles level, their tops apart): the evidence
    // that cells are centred in rows whose lines interleave.
    private static bool Centred(List<Fragment> tall, List<List<Fragment>> stacks, double pitch, double h)
    {
        var (top, bottom) = (tall[0].Y0, tall[^1].Y1);
        var mid = (top + bottom) / 2;
        return stacks.Any(s => s.Count < tall.Count && s[0].C0 != tall[0].C0
                               && Math.Abs((s[0].Y0 + s[^1].Y1) / 2 - mid) <= 0.3 * h && s[0].Y0 - top >= 0.4 * pitch);
    }

    // Text wrapped by its cell: every line but the last runs out to the column's right edge (the widest its column
    // gets), or so near it that the next line's first word would not have fitted, and none is a figure. Labels one under the other in a list of rows end where their words end, and
    // right-aligned figures all end at one x without wrapping.
    private static bool Wrapped(List<Fragment> tall, List<Fragment> fragments, double h)
    {
        var c = tall[0].C0;
        var right = fragments.Where(f => f.C0 == c && f.C1 == c).Select(f => f.X1).DefaultIfEmpty(tall.Max(f => f.X1)).Max();
        return tall.All(f => !f.Text.Any(char.IsAsciiDigit) || f.Text.Any(char.IsLetter))
               && tall.Zip(tall.Skip(1)).All(p => p.First.X1 >= right - h || LineBreaks.WouldNotFit(p.First, p.Second, right));
    }

    // A figure whose unit did not fit beside it in a narrow column (150 over 万, 174.78 over 元): a cell wrapped over
    // two lines, as telling as a wrapped name, where figures stacked one over another are rows of their own.
    private static bool FigureOverUnit(List<Fragment> stack) =>
        stack.Count == 2 && stack[0].Text.Any(char.IsAsciiDigit) && !stack[0].Text.Any(char.IsLetter)
        && stack[1].Text.Length <= MaxUnitLength && stack[1].Text.All(CjkText.IsHan);

    private const int MaxUnitLength = 2;

    private static IEnumerable<List<Fragment>> Columns(List<Fragment> fragments) =>
        fragments.GroupBy(f => f.C0).Select(g => g.OrderBy(f => f.Y0).ToList());

    private static bool HasHan(Fragment f) => f.Text.Any(CjkText.IsHan);

    private static bool Aligned(Fragment a, Fragment b, double h) =>
        Math.Abs(a.X0 - b.X0) <= Alignment * h || Math.Abs(a.X0 + a.X1 - b.X0 - b.X1) <= 2 * Alignment * h;
}

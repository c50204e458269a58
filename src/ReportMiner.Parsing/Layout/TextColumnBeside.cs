namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A column of running text set beside a table (a two-column page with a table in one column, a paragraph floated
/// beside a table). Lines that share a baseline across the two are one line to the line builder, so the text
/// would become a column of the table. The text column is a stretch of lines whose piece on one side is prose,
/// starting (right side) or ending near (left side) one x that no word of the stretch crosses, which runs on past
/// the table above or below it; a table's own text column (long wrapped labels, remarks) ends with the table.
/// </summary>
public static class TextColumnBeside
{
    /// <summary>The lines cut at the text column's edge: the lines before the stretch, each side's parts within
    /// it (left side first), and the lines after it; null when the page holds no text column beside a table.</summary>
    public static IReadOnlyList<List<TextLine>>? Split(IReadOnlyList<TextLine> lines, double gutter, double h)
    {
        foreach (var right in new[] { true, false })
        {
            var cut = Edge(lines, gutter, h, right);
            if (cut is null) continue;
            var (edge, first, last) = cut.Value;
            var left = new List<TextLine>();
            var rightSide = new List<TextLine>();
            for (var i = first; i <= last; i++)
            {
                var l = lines[i].Words.Where(w => w.XMax <= edge).ToList();
                var r = lines[i].Words.Where(w => w.XMin >= edge).ToList();
                if (l.Count > 0) left.Add(new TextLine(l));
                if (r.Count > 0) rightSide.Add(new TextLine(r));
            }
            var table = right ? left : rightSide;
            var prose = right ? rightSide : left;
            if (!HasTableOutsideProse(table, prose, gutter, h)) continue;
            return [lines.Take(first).ToList(), left, rightSide, lines.Skip(last + 1).ToList()];
        }
        return null;
    }

    // The text column's edge and the stretch of lines it runs through: prose pieces beside other text start at one x
    // (right side) or end by one x (left side), no word of the lines around them crosses it, and at least
    // MinProseLines lines of the stretch hold prose on that side.
    private static (double Edge, int First, int Last)? Edge(IReadOnlyList<TextLine> lines, double gutter, double h, bool right)
    {
        var candidates = new List<(int Line, double Edge)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var pieces = Pieces(lines[i], gutter);
            if (pieces.Count < 2) continue;
            if (right && IsProse(pieces[^1])) candidates.Add((i, pieces[^1][0].XMin - 0.25 * h));
            if (!right && IsProse(pieces[0])) candidates.Add((i, pieces[0][^1].XMax + 0.25 * h));
        }
        foreach (var seed in candidates)
        {
            // Prose lines ragged on the right end anywhere left of the column's edge: the edge is the widest one's end.
            var sameColumn = candidates.Where(c => right ? Math.Abs(c.Edge - seed.Edge) <= 0.5 * h : c.Edge <= seed.Edge + 0.1 * h
                                                                                                     && c.Edge >= seed.Edge - ProseReach * h).ToList();
            if (!right && candidates.Any(c => c.Edge > seed.Edge + 0.1 * h && c.Edge <= seed.Edge + ProseReach * h)) continue;
            var edge = right ? sameColumn.Min(c => c.Edge) : seed.Edge;
            var (first, last) = (seed.Line, seed.Line);
            while (first > 0 && !Crosses(lines[first - 1], edge)) first--;
            while (last + 1 < lines.Count && !Crosses(lines[last + 1], edge)) last++;
            if (sameColumn.Count(c => c.Line >= first && c.Line <= last) < 2) continue;
            var proseLines = 0;
            for (var i = first; i <= last; i++)
                if (IsProse(lines[i].Words.Where(w => right ? w.XMin >= edge : w.XMax <= edge).ToList())) proseLines++;
            if (proseLines >= MinProseLines) return (edge, first, last);
        }
        return null;
    }

    private const int MinProseLines = 8;
    private const double ProseReach = 6;

    // The other side holds a table (three lines with wide gaps), and the text column goes on for a few lines above
    // or below the table's lines.
    private static bool HasTableOutsideProse(List<TextLine> table, List<TextLine> prose, double gutter, double h)
    {
        var tabular = table.Where(l => UnruledTableFinder.IsTabular(l, gutter)).ToList();
        if (tabular.Count < 3) return false;
        var (top, bottom) = (tabular.Min(l => l.YMin), tabular.Max(l => l.YMax));
        var proseLines = prose.Where(l => IsProse(l.Words)).ToList();
        var above = proseLines.Count(l => l.YMax < top - 0.1 * h);
        var below = proseLines.Count(l => l.YMin > bottom + 0.1 * h);
        return Math.Max(above, below) >= MinProseBeyond;
    }

    private const int MinProseBeyond = 3;

    private static bool Crosses(TextLine line, double x) => line.Words.Any(w => w.XMin < x && w.XMax > x);

    // Running text: six words or more, or sixteen CJK characters, and not a row of figures.
    internal static bool IsProse(IReadOnlyList<PositionedWord> piece)
    {
        if (piece.Count == 0) return false;
        var text = string.Concat(piece.Select(w => w.Text));
        var cjk = text.Count(CjkText.IsCjk);
        var digits = text.Count(char.IsDigit);
        if (digits * 3 > text.Length) return false;
        return cjk >= 16 || (piece.Count >= 6 && text.Count(char.IsLetter) >= 20);
    }

    /// <summary>A line cut into pieces wherever the gap between two words is at least <paramref name="gutter"/>.</summary>
    internal static List<List<PositionedWord>> Pieces(TextLine line, double gutter)
    {
        var pieces = new List<List<PositionedWord>>();
        foreach (var w in line.Words)
        {
            if (pieces.Count > 0 && w.XMin - pieces[^1][^1].XMax < gutter) pieces[^1].Add(w);
            else pieces.Add([w]);
        }
        return pieces;
    }
}

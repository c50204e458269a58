namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Tables set without rules and with little cell padding (an HTML or word-processor table exported without borders)
/// part their columns by gaps narrower than the usual gutter, but every cell of a column starts at one x. A page where
/// words of several lines start at one x after such a narrow gap, at two or more x, has narrow gutters. Only gaps where
/// the text would take no space (next to CJK) count: between Latin words a space is a word space, and in a monospaced
/// printout every word starts on the character grid. One such x is enough where wide gaps of other lines open onto it
/// too: a column whose cells all start there, some after a wide gap (a short "9" under a narrow header), the rest after
/// a narrow one (a wider "10" that fills the column).
/// A stop is an x where text opens down the stretch of its lines: where more lines of that stretch run a word across
/// it than start there, it is chance alignment in prose. OCR splits CJK prose into words a few characters long with
/// gaps as wide as a narrow gutter ("2020 年度" lines set with a space), so its words line up by chance at many x.
/// </summary>
public static class ColumnStops
{
    private const double NarrowGap = 0.5;
    private const double Tolerance = 0.15;
    private const int MinLines = 3;
    private const int MinStops = 2;
    private const int MaxLinesLookedAt = 64;

    /// <summary>The gutter of the page's columns: narrow when its lines show column stops, else <paramref name="gutter"/>.</summary>
    public static double Gutter(IReadOnlyList<TextLine> lines, double h, double gutter)
    {
        var (starts, wide) = Gaps(lines, h, gutter);
        starts.Sort((a, b) => a.X.CompareTo(b.X));
        // Sorted once, so each column stop reads only the wide gaps at its x: a hostile page of many tiny words has
        // as many stops as wide gaps, and scanning them all per stop was quadratic.
        wide.Sort((a, b) => a.X.CompareTo(b.X));
        var stops = 0;
        var opened = false;
        var first = 0;
        for (var j = 1; j <= starts.Count; j++)
        {
            if (j < starts.Count && starts[j].X - starts[j - 1].X <= Tolerance * h) continue;
            var cluster = starts.Skip(first).Take(j - first).ToList();
            var support = cluster.Select(s => s.Line).Distinct().ToList();
            if (support.Count >= MinLines && !RunAcross(lines, support, cluster[0].X - Tolerance * h, cluster[^1].X + Tolerance * h))
            {
                stops++;
                var (x0, x1) = (cluster[0].X - Tolerance * h, cluster[^1].X + Tolerance * h);
                opened = opened || OpensOnto(wide, x0, x1);
            }
            first = j;
        }
        return stops >= MinStops || opened ? NarrowGap * h : gutter;
    }

    /// <summary>
    /// Where each word after a gap starts, with its line: <c>Starts</c> after a narrow gap that is no space between
    /// Latin words, <c>Wide</c> after a gap of at least <paramref name="gutter"/>.
    /// </summary>
    internal static (List<(double X, int Line)> Starts, List<(double X, int Line)> Wide) Gaps(
        IReadOnlyList<TextLine> lines, double h, double gutter)
    {
        var starts = new List<(double X, int Line)>();
        var wide = new List<(double X, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Words;
            for (var k = 1; k < words.Count; k++)
            {
                var gap = words[k].XMin - words[k - 1].XMax;
                if (gap >= gutter) wide.Add((words[k].XMin, i));
                else if (gap >= NarrowGap * h && words[k - 1].Text.Length > 0 && words[k].Text.Length > 0
                    && !CjkText.NeedsSpace(words[k - 1].Text[^1], words[k].Text[0]))
                    starts.Add((words[k].XMin, i));
            }
        }
        return (starts, wide);
    }

    /// <summary>
    /// Whether more lines between the first and last of <paramref name="support"/> carry a word across [x0, x1] than
    /// start one there. Only the first <see cref="MaxLinesLookedAt"/> lines of the stretch are read, so a hostile page
    /// of many stops and lines stays linear.
    /// </summary>
    private static bool RunAcross(IReadOnlyList<TextLine> lines, List<int> support, double x0, double x1)
    {
        var (first, last) = (support.Min(), support.Max());
        var starting = support.ToHashSet();
        var across = 0;
        for (var i = first; i <= last && i - first < MaxLinesLookedAt; i++)
        {
            if (starting.Contains(i)) continue;
            var words = lines[i].Words;
            var (lo, hi) = (0, words.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (words[mid].XMin < x0) lo = mid + 1; else hi = mid;
            }
            if (lo > 0 && words[lo - 1].XMax > x1 && ++across > support.Count) return true;
        }
        return false;
    }

    /// <summary>Whether wide gaps of <see cref="MinLines"/> lines open onto [x0, x1]; <paramref name="wide"/> sorted by x.</summary>
    private static bool OpensOnto(List<(double X, int Line)> wide, double x0, double x1)
    {
        var (lo, hi) = (0, wide.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (wide[mid].X < x0) lo = mid + 1; else hi = mid;
        }
        var lines = new HashSet<int>();
        for (var i = lo; i < wide.Count && wide[i].X <= x1; i++)
            if (lines.Add(wide[i].Line) && lines.Count >= MinLines) return true;
        return false;
    }
}

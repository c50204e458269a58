namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Headers over columns the rows below leave empty or nearly so, between columns that are filled: 得分 between 分值
/// and 偏差原因分析及改进措施 when the rows are packed to the left under a header of more cells, 指标方向 over a
/// few ≥ signs. Too few lines show where such a column starts to make it a column, and on the header's line only a
/// cell's padding parts it from the header before it.
/// </summary>
public static class UnruledEmptyColumnHeaders
{
    private const double WrapTolerance = 0.5;
    private const int MinHeadersOnLine = 3;
    private const int NearLines = 2;
    private const int MinHeadersInBand = 2 * MinHeadersOnLine;

    /// <summary>Where such headers start: a header word on a line of headers (no figures, three or more pieces, or six or
    /// more with the header lines two lines round it), a padding or more after the piece before it. Between its start
    /// and the next header to its right on its line or on the header lines next to it (the table's right edge after the
    /// last) no piece of another line reaches but its own wrapped lines and the few entries of a sparse column (pieces
    /// starting where it starts and ending within its width); a header left-aligned over right-aligned figures has them
    /// under that gap.</summary>
    public static List<double> Starts(List<Fragment> fragments, double h)
    {
        var result = new List<double>();
        var byStart = fragments.OrderBy(f => f.X0).ToList();
        var starts = byStart.Select(f => f.X0).ToArray();
        var ends = fragments.Select(f => f.X1).Order().ToArray();
        var lines = fragments.GroupBy(f => f.Line).ToDictionary(g => g.Key, g => g.OrderBy(f => f.X0).ToList());
        var headerLines = lines.Where(l => !l.Value.Any(f => UnruledHeaderBand.IsValue(f.Text))).Select(l => l.Key).ToHashSet();
        foreach (var (number, pieces) in lines)
        {
            if (!headerLines.Contains(number) || pieces.Count < 2) continue;
            var band = Enumerable.Range(number - NearLines, 2 * NearLines + 1).Where(headerLines.Contains).ToList();
            // Narrow header cells wrapped over and under the line of one-line headers (指标|性质 and 指标|值 beside 绩效指标
            // 一级指标 … 计量单位) leave lines of one or two pieces; the header lines round such a line show it is one of them.
            if (pieces.Count < MinHeadersOnLine && band.Sum(n => lines[n].Count) < MinHeadersInBand) continue;
            for (var k = 1; k < pieces.Count; k++)
            {
                var p = pieces[k];
                if (!HeaderWord(p.Text) || p.X0 - pieces[k - 1].X1 < UnruledGrid.PaddingGap * h) continue;
                // The next header to its right; the last reaches to the table's right edge.
                var next = band.SelectMany(n => lines[n]).Where(f => f.X0 >= p.X1).Select(f => f.X0).DefaultIfEmpty(double.PositiveInfinity).Min();
                // Pieces reaching into [X0, next header's padding): those starting before it less those ending at or before X0.
                var reaching = Below(starts, next - UnruledGrid.PaddingGap * h) - AtOrBelow(ends, p.X0);
                var own = 0;
                for (var j = Below(starts, p.X0 - WrapTolerance * h); j < byStart.Count && byStart[j].X0 <= p.X0 + WrapTolerance * h; j++)
                    if (byStart[j].X1 <= p.X1 + WrapTolerance * h) own++;
                if (reaching == own) result.Add(p.X0);
            }
        }
        return result;
    }

    // CJK words of one cell run on without a gap; single letter-spaced characters (项 目 名 称) are no header words.
    private static bool HeaderWord(string text) => text.Count(CjkText.IsCjk) >= 2;

    // How many of the sorted values are below x, and at or below x.
    private static int Below(double[] sorted, double x)
    {
        var i = Array.BinarySearch(sorted, x);
        if (i < 0) return ~i;
        while (i > 0 && sorted[i - 1] >= x) i--;
        return i;
    }

    private static int AtOrBelow(double[] sorted, double x)
    {
        var i = Array.BinarySearch(sorted, x);
        if (i < 0) return ~i;
        while (i < sorted.Length && sorted[i] <= x) i++;
        return i;
    }
}

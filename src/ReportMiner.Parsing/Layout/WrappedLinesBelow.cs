namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The last row of an unruled table can wrap below its last line with wide gaps (a row at the foot of a page or
/// of the table, with no such line after it to carry the run on): its cells' later lines are set at the pitch of
/// wrapped text, and each of their pieces sits under one piece of the row's line, sharing its start, end or
/// middle, and ends before the next piece of that line starts. A note or a caption below the table starts at
/// its left edge over the stub alone, or runs across several columns. The run's last line may itself be a wrapped
/// line of its row (a long cell wrapped at the foot of a page), so the stub is read from the last line that starts
/// at the table's left edge. The row's wrapped cells may also sit under a line of the row above its last (units under
/// the row's figures, set above its label's last line), read at the cell padding that parts narrow columns.
/// </summary>
public static class WrappedLinesBelow
{
    private const double JoinGap = 0.6;
    private const int MaxLines = 4;

    /// <summary>Where the run ending at <paramref name="end"/> ends once the wrapped lines of its last row are taken in.</summary>
    public static int Extend(IReadOnlyList<TextLine> lines, int start, int end, double gutter, double h)
    {
        if (end < 1 || !UnruledTableFinder.IsTabular(lines[end - 1], gutter)) return end;
        var row = UnruledTableFinder.Pieces(lines[end - 1], gutter);
        var stubEnd = StubEnd(lines, start, end, gutter, h) ?? row[0].X1;
        var rowLines = RowLines(lines, start, end, h);
        var k = end;
        while (k < lines.Count && k - end < MaxLines && lines[k].YMin - lines[k - 1].YMax <= JoinGap * h
               && (UnderCells(UnruledTableFinder.Pieces(lines[k], gutter), row, stubEnd, h) || UnderRowLines(lines[k], rowLines, stubEnd, h)))
            k++;
        return k;
    }

    private static bool UnderRowLines(TextLine line, List<List<(double X0, double X1)>> rowLines, double stubEnd, double h)
    {
        var pieces = UnruledTableFinder.Pieces(line, UnruledGrid.PaddingGap * h);
        return rowLines.Any(r => UnderCells(pieces, r, stubEnd, h));
    }

    // The lines of the run's last row: its last line and the lines above it set at the pitch of wrapped text. A row's
    // wrapped cells can sit under any of them (万粒 | 万粒 under 200 | 200, the row's line of figures, below a label's
    // last line), and cells set only their padding apart are read as pieces of their own.
    private static List<List<(double X0, double X1)>> RowLines(IReadOnlyList<TextLine> lines, int start, int end, double h)
    {
        var result = new List<List<(double X0, double X1)>>();
        for (var j = end - 1; j >= start && end - j <= MaxRowLines; j--)
        {
            result.Add(UnruledTableFinder.Pieces(lines[j], UnruledGrid.PaddingGap * h));
            if (j == start || lines[j].YMin - lines[j - 1].YMax > JoinGap * h) break;
        }
        return result;
    }

    private const int MaxRowLines = 3;

    // Where the stub cell of the run's last line that starts at the run's left edge ends (one pass over the run).
    private static double? StubEnd(IReadOnlyList<TextLine> lines, int start, int end, double gutter, double h)
    {
        var left = double.MaxValue;
        var last = -1;
        for (var j = start; j < end; j++)
        {
            if (lines[j].XMin < left - 0.5 * h) (left, last) = (lines[j].XMin, j);
            else if (lines[j].XMin <= left + 0.5 * h) last = j;
        }
        return last < 0 ? null : UnruledTableFinder.Pieces(lines[last], gutter)[0].X1;
    }

    private static bool UnderCells(List<(double X0, double X1)> pieces, List<(double X0, double X1)> row, double stubEnd, double h)
    {
        if (pieces.Count == 0 || row.Count < 2) return false;
        if (pieces.All(p => p.X0 < stubEnd)) return false;
        return pieces.All(p =>
        {
            var over = row.FindIndex(q => q.X0 < p.X1 && q.X1 > p.X0);
            if (over < 0 || row.FindLastIndex(q => q.X0 < p.X1 && q.X1 > p.X0) != over) return false;
            var q = row[over];
            var aligned = Math.Abs(p.X0 - q.X0) <= 0.5 * h || Math.Abs(p.X1 - q.X1) <= 0.5 * h
                          || Math.Abs(p.X0 + p.X1 - q.X0 - q.X1) <= h;
            return aligned && (over == row.Count - 1 || p.X1 <= row[over + 1].X0 - 0.25 * h);
        });
    }
}

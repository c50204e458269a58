namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Fallback for tables drawn without rules: a run of lines whose words leave the same wide vertical gutters
/// becomes a table, one row per line; a line that only fills later columns continues the row above (wrapped text).
/// </summary>
public static class UnruledTableFinder
{
    private const int MinRows = 3;

    public static IReadOnlyList<GridTable> Find(int page, IReadOnlyList<TextLine> lines, double textHeight,
        out List<TextLine> remaining)
    {
        var gutter = 1.5 * textHeight;
        var tables = new List<GridTable>();
        remaining = [];
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && (end == i || lines[end].YMin - lines[end - 1].YMax < 1.5 * textHeight)
                   && (IsTabular(lines[end], gutter) || IsWrappedCellLine(lines, i, end, gutter))) end++;
            var run = lines.Skip(i).Take(end - i).ToList();
            var table = run.Count >= MinRows ? Build(page, run, gutter) : null;
            if (table is not null)
            {
                tables.Add(table);
                i = end;
            }
            else
            {
                remaining.Add(lines[i]);
                i++;
            }
        }
        return tables;
    }

    // A one-piece line between two tabular lines is a cell's wrapped text, not the end of the table.
    private static bool IsWrappedCellLine(IReadOnlyList<TextLine> lines, int start, int index, double gutter) =>
        index > start && index + 1 < lines.Count && IsTabular(lines[index - 1], gutter) && IsTabular(lines[index + 1], gutter)
        && lines[index].XMin > lines[start].XMin + gutter;

    private static bool IsTabular(TextLine line, double gutter) =>
        line.Words.Zip(line.Words.Skip(1), (a, b) => b.XMin - a.XMax).Any(g => g >= gutter);

    private static GridTable? Build(int page, List<TextLine> run, double gutter)
    {
        var edges = Gutters(run, gutter);
        if (edges.Count < 3) return null;
        var columns = edges.Count - 1;
        var rows = new List<string[]>();
        foreach (var line in run)
        {
            var cells = new List<PositionedWord>[columns];
            for (var c = 0; c < columns; c++) cells[c] = [];
            foreach (var w in line.Words) cells[Column(edges, (w.XMin + w.XMax) / 2)].Add(w);
            var texts = cells.Select(ws => CjkText.JoinAll(ws.Select(w => w.Text))).ToArray();
            if (rows.Count > 0 && texts.Count(t => t.Length > 0) == 1 && texts[0].Length == 0)
                for (var c = 0; c < columns; c++) rows[^1][c] = CjkText.Join(rows[^1][c], texts[c]);
            else rows.Add(texts);
        }
        var filled = rows.Count(r => r.Count(t => t.Length > 0) >= 2);
        if (filled < Math.Max(MinRows, rows.Count * 0.6)) return null;
        var cellsOut = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns; c++)
                cellsOut.Add(new GridCell(r, c, 1, 1, rows[r][c], page));
        return new GridTable(page, edges, run[0].YMin, run[^1].YMax, cellsOut);
    }

    // Column edges are the middles of x ranges that no word of the run covers and that are wide enough.
    private static List<double> Gutters(List<TextLine> run, double gutter)
    {
        var spans = run.SelectMany(l => l.Words).Select(w => (w.XMin, w.XMax)).OrderBy(s => s.XMin).ToList();
        var edges = new List<double> { spans[0].XMin };
        var reach = spans[0].XMax;
        foreach (var (x0, x1) in spans.Skip(1))
        {
            if (x0 - reach >= gutter) edges.Add((x0 + reach) / 2);
            reach = Math.Max(reach, x1);
        }
        edges.Add(reach);
        return edges;
    }

    private static int Column(List<double> edges, double x)
    {
        for (var i = 1; i < edges.Count - 1; i++)
            if (x < edges[i]) return i - 1;
        return edges.Count - 2;
    }
}

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

    public static IReadOnlyList<GridTable> Find(int page, IReadOnlyList<TextLine> lines, double textHeight,
        out List<TextLine> remaining)
    {
        var gutter = TabularGap * textHeight;
        var tables = new List<GridTable>();
        remaining = [];
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsTabular(lines[i], gutter)) { remaining.Add(lines[i]); i++; continue; }
            var end = RunEnd(lines, i, gutter, textHeight);
            var run = lines.Skip(i).Take(end - i).ToList();
            var table = run.Count(l => IsTabular(l, gutter)) >= MinRows ? UnruledGrid.Build(page, run, textHeight) : null;
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

    // The run goes on through lines with wide gaps, and through up to five other lines (wrapped cell text, a
    // label alone in its column) when a line with wide gaps follows closely.
    private static int RunEnd(IReadOnlyList<TextLine> lines, int start, double gutter, double h)
    {
        var end = start + 1;
        while (end < lines.Count)
        {
            if (lines[end].YMin - lines[end - 1].YMax > 1.5 * h) break;
            if (IsTabular(lines[end], gutter)) { end++; continue; }
            var next = end;
            while (next < lines.Count && next - end < 5 && !IsTabular(lines[next], gutter)
                   && lines[next].YMin - lines[next - 1].YMax <= 1.5 * h) next++;
            if (next < lines.Count && next - end < 5 && IsTabular(lines[next], gutter)
                && lines[next].YMin - lines[next - 1].YMax <= 1.5 * h)
                end = next;
            else break;
        }
        return end;
    }

    public static bool IsTabular(TextLine line, double gutter) =>
        line.Words.Zip(line.Words.Skip(1), (a, b) => b.XMin - a.XMax).Any(g => g >= gutter);
}

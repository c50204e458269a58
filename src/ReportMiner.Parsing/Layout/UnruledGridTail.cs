namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Where two stacked grids part, the lines between the first grid's last row and the second grid's first are the first
/// grid's while each of their pieces sits inside one of its columns: a row's wrapped cells set below it, not the second
/// grid's title or header, which run across its columns or start where it starts none. Pieces are read at a cell's
/// padding (a third of a text height), so two wrapped cells set only their padding apart are two pieces.
/// </summary>
internal static class UnruledGridTail
{
    /// <summary>The first line from <paramref name="cut"/> on that is a row line or leaves the grid's columns.</summary>
    public static int End(IReadOnlyList<TextLine> lines, int cut, int stop, List<double> starts, List<double> below, double h, Func<int, bool> rowLine)
    {
        var k = cut;
        while (k < stop && !rowLine(k) && Inside(lines[k], starts, h) && !Inside(lines[k], below, h)) k++;
        return k;
    }

    private static bool Inside(TextLine line, List<double> starts, double h) =>
        UnruledTableFinder.Pieces(line, UnruledGrid.PaddingGap * h).All(p => starts.Any(s => Math.Abs(p.X0 - s) <= 0.5 * h)
                                                            && !starts.Any(s => s > p.X0 + 0.5 * h && s < p.X1 - 0.5 * h));
}

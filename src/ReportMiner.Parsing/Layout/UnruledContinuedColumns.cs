namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A table broken by a page break goes on at the top of the next page, usually without its header: those rows
/// alone rarely show every column (an empty level-one column, two narrow value columns that no three lines
/// anchor), so they are laid on the columns of the table that ended the previous page when they fit them. Text
/// kept inside its cells never runs across a column edge, and the columns the rows show by themselves are among
/// those of the previous page; rows of another table (or a new header) run across them or start columns of their own.
/// </summary>
public static class UnruledContinuedColumns
{
    private const double MaxCrossingShare = 0.2;
    private const int MaxStrayStarts = 1;

    /// <param name="own">The columns the rows show by themselves: a new table's header brings starts of its own.</param>
    public static bool Fit(IReadOnlyList<Fragment> fragments, IReadOnlyList<double> own, CarriedColumns carried, double h)
    {
        var edges = carried.Edges;
        if (fragments.Count == 0 || edges.Count < 3) return false;
        // The break cut a row or a group whose stub cell stands on the previous page: the first line leaves the
        // first column empty. A first line in it is that stub's rest (化肥减量增|效田间试验) where its first character
        // would not have fitted on the stub's last line there, and the rows may then be laid out anew (packed to the
        // left) or begin a table; where it would have fitted, the stub ended before the break and that line names a
        // row of its own (时效指标 under 大厅业务日常考核结果, whose column has room for two more characters).
        if (fragments.Any(f => f.Line == 0 && f.X0 + 0.25 * h < edges[1] && !carried.StubHadRoomFor(f, h))) return false;
        var strays = own.Skip(1).Take(own.Count - 2).Count(x => !edges.Any(e => Math.Abs(e - x) <= h));
        if (strays > MaxStrayStarts) return false;
        if (fragments.Any(f => f.X0 < edges[0] - h || f.X1 > edges[^1] + h)) return false;
        var inner = edges.Skip(1).Take(edges.Count - 2).ToList();
        var crossing = fragments.Count(f => inner.Any(x => f.X0 + 0.25 * h < x && f.X1 - 0.25 * h > x));
        return crossing <= MaxCrossingShare * fragments.Count;
    }
}

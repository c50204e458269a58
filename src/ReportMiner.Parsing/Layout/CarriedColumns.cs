namespace ReportMiner.Parsing.Layout;

/// <summary>The columns of the table that ended the previous page, and where the last line of its stub column there
/// ended (null: no line of the table has text in that column).</summary>
public sealed record CarriedColumns(IReadOnlyList<double> Edges, double? StubLineEnd)
{
    /// <summary>Reads the stub from the lowest of the table's lines that has a word starting in the stub column.</summary>
    public static CarriedColumns Of(GridTable table, IEnumerable<TextLine> pageLines, double h)
    {
        var edges = table.ColumnEdges;
        if (edges.Count < 2) return new CarriedColumns(edges, null);
        var stub = pageLines.Where(l => l.YMin >= table.Top - 0.5 * h && l.YMax <= table.Bottom + 0.5 * h).OrderBy(l => l.YMin)
            .Select(l => l.Words.Where(w => w.XMin + 0.25 * h < edges[1]).ToList())
            .LastOrDefault(ws => ws.Count > 0);
        return new CarriedColumns(edges, stub?.Max(w => w.XMax));
    }

    /// <summary>Whether the fragment's first unit (a character, or a run of Latin letters and digits, which does not
    /// break) would have fitted on the stub's last line, inside the column less the cell's padding.</summary>
    public bool StubHadRoomFor(Fragment f, double h)
    {
        if (StubLineEnd is not { } end || f.Text.Length == 0) return false;
        var advance = (f.X1 - f.X0) / f.Text.Length;
        var unit = CjkText.IsCjk(f.Text[0]) ? 1 : Math.Max(1, f.Text.TakeWhile(char.IsAsciiLetterOrDigit).Count());
        return end + unit * advance <= Edges[1] - UnruledGrid.PaddingGap * h;
    }
}

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A table export that writes an empty cell as a bar alone keeps every column of a row: once the rows are cut from the
/// filled cells, a row whose written cells, empty ones included, are exactly as many as the columns from its first
/// cell to the table's right edge takes them in that order, so a figure after an empty 完成值 lands under 权重 and not
/// under 完成值. Other rows keep the cut's placement.
/// </summary>
internal static class MarkedEmptyCells
{
    public static List<string[]> Place(List<string[]> rows, List<CellRunTables.Cell> filled, List<CellRunTables.Cell> written)
    {
        if (filled.Count == written.Count) return rows;
        var placed = new List<string[]>(rows.Count);
        var at = 0;
        foreach (var row in rows)
        {
            var count = row.Count(c => c.Length > 0);
            if (count == 0 || at + count > filled.Count) { placed.Add(row); continue; }
            var first = filled[at].Position;
            var end = at + count < filled.Count ? filled[at + count].Position : written.Count;
            at += count;
            var start = Array.FindIndex(row, c => c.Length > 0);
            if (end - first != row.Length - start) { placed.Add(row); continue; }
            var cells = new string[row.Length];
            Array.Fill(cells, string.Empty);
            for (var k = first; k < end; k++) cells[start + k - first] = written[k].Text;
            placed.Add(cells);
        }
        return placed;
    }
}

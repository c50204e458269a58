using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// The rows of an evaluation table whose level columns each carry their own points (一级指标 | 分值 | 二级指标 | 分值 |
/// 三级指标 | 分值 | 得分): a level label is followed by one figure, an indicator by as many as there are columns right of
/// the name, so a row ends at the first label followed by that many figures. Rows written without their merged leading
/// cells are suffixes of a full row and go right-aligned. Null when the header is of another kind or a cell does not
/// fit the pattern.
/// </summary>
internal static class InterleavedPointsRows
{
    public static List<string[]>? Cut(IReadOnlyList<string> header, IReadOnlyList<string> body)
    {
        var name = Enumerable.Range(0, header.Count).FirstOrDefault(c => HeaderSemantics.RoleOf(header[c]) == ColumnRole.Name, -1);
        var figures = header.Count - name - 1;
        if (name < 2 || figures < 2 || !Enumerable.Range(0, name).All(c => c % 2 == 0 ? IsLevel(header[c]) : IsPoints(header[c])))
            return null;
        var rows = new List<string[]>();
        var row = new List<string>();
        var i = 0;
        while (i < body.Count)
        {
            if (CellKinds.IsNumber(body[i])) return null;
            var run = 0;
            while (i + 1 + run < body.Count && CellKinds.IsNumber(body[i + 1 + run])) run++;
            // The excerpt may end inside a row: a label left alone at the end is dropped.
            if (run == 0 && i + 1 == body.Count) { row.Clear(); break; }
            if (run == 0 || run > figures || (run < figures && run != 1)) return null;
            row.AddRange(body.Skip(i).Take(run + 1));
            i += run + 1;
            if (run < figures) continue;
            if (row.Count > header.Count) return null;
            var cells = new string[header.Count];
            Array.Fill(cells, string.Empty);
            for (var k = 0; k < row.Count; k++) cells[header.Count - row.Count + k] = row[k];
            rows.Add(cells);
            row.Clear();
        }
        return row.Count == 0 && rows.Count > 0 ? rows : null;
    }

    private static bool IsLevel(string header) => HeaderSemantics.RoleOf(header) is ColumnRole.Level1 or ColumnRole.Level2;

    private static bool IsPoints(string header) => HeaderSemantics.RoleOf(header) is ColumnRole.Weight or ColumnRole.None && header.Length <= 4;
}

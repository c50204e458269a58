using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>Rows rebuilt from cell lines or a flattened paragraph as the items of one table of their own.</summary>
internal static class CellRunRows
{
    /// <param name="tableIndex">From <see cref="RebuiltTableNumbers"/>: negative, and apart from every other reader's.</param>
    public static IEnumerable<DocItem> Items(List<(DocItem Source, string[] Cells)> rows, int tableIndex)
    {
        var width = rows.Max(r => r.Cells.Length);
        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Cells.Length; c++)
                if (rows[r].Cells[c].Length > 0) cells.Add(new TableCell(rows[r].Cells[c], r, c, 1, 1, new Provenance(rows[r].Source.Page)));
        var table = new Table(tableIndex, rows.Count, width, cells, new Provenance(rows[0].Source.Page));
        return rows.Select((row, r) =>
        {
            var padded = Enumerable.Range(0, width).Select(c => c < row.Cells.Length ? row.Cells[c] : string.Empty).ToArray();
            var text = string.Join(' ', row.Cells.Where(t => t.Length > 0));
            return new DocItem(row.Source.Index, row.Source.Page, string.Join('\t', padded), table, r, padded) { Original = text, FromParagraph = true };
        });
    }
}

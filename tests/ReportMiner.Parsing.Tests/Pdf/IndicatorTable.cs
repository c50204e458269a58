using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>A table located by its header row, with the grid column of each header.</summary>
public sealed record IndicatorTable(Table Table, int HeaderRow, IReadOnlyDictionary<string, int> Columns)
{
    public static IndicatorTable Find(Document doc, params string[] headers) => FindAll(doc, headers).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"No table with headers {string.Join(", ", headers)}:\n{PdfFixtures.Dump(doc)}");

    public static IEnumerable<IndicatorTable> FindAll(Document doc, params string[] headers)
    {
        foreach (var table in doc.Tables)
            for (var r = 0; r < table.RowCount; r++)
            {
                var texts = table.RowTexts(r);
                var columns = headers.ToDictionary(h => h, h => Array.IndexOf(texts.ToArray(), h));
                if (columns.Values.All(c => c >= 0))
                {
                    yield return new IndicatorTable(table, r, columns);
                    break;
                }
            }
    }

    /// <summary>The first row below the header whose cell under <paramref name="header"/> reads <paramref name="text"/>.</summary>
    public int Row(string header, string text)
    {
        for (var r = HeaderRow + 1; r < Table.RowCount; r++)
            if (Table.CellAt(r, Columns[header])?.Text == text) return r;
        throw new Xunit.Sdk.XunitException($"No row with {header} = {text}.");
    }

    public string Text(int row, string header) => Table.CellAt(row, Columns[header])?.Text ?? string.Empty;

    public TableCell Cell(int row, string header) => Table.CellAt(row, Columns[header])
        ?? throw new Xunit.Sdk.XunitException($"No cell at row {row} under {header}.");
}

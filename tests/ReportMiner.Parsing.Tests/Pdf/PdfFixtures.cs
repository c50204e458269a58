using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Parses each fixture PDF once for all tests.</summary>
public static class PdfFixtures
{
    private static readonly Dictionary<string, Lazy<Document>> Cache = new[] { "000", "001", "002", "003", "004" }
        .ToDictionary(s => s, s => new Lazy<Document>(() => Parse(RepoPaths.Fixture(s, ".pdf"))));

    public static Document Get(string seed) => Cache[seed].Value;

    public static Document Parse(string path) =>
        new PdfParser().Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));

    /// <summary>The table whose grid contains a row with these cell texts in this order (by grid column).</summary>
    public static (Table Table, int Row) FindRow(Document doc, params string[] cells)
    {
        foreach (var t in doc.Tables)
            for (var r = 0; r < t.RowCount; r++)
            {
                var texts = t.RowTexts(r);
                var at = 0;
                foreach (var text in texts)
                    if (at < cells.Length && text == cells[at]) at++;
                if (at == cells.Length) return (t, r);
            }
        throw new Xunit.Sdk.XunitException($"No table row with cells [{string.Join(" | ", cells)}]. Tables:\n" + Dump(doc));
    }

    public static string Dump(Document doc) => string.Join("\n\n", doc.Tables.Select(t =>
        $"table {t.Index} pages {t.Provenance.Page}-{t.LastPage} {t.RowCount}x{t.ColumnCount}\n"
        + string.Join("\n", Enumerable.Range(0, t.RowCount).Select(r => string.Join(" | ", t.RowTexts(r))))));
}

using ReportMiner.Documents.Model;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>Scanned fixtures through the PDF parser with tesseract OCR: the indicator tables must come out as tables.</summary>
[Collection(ScannedPagesCollection.Name)]
public sealed class ScannedPdfEndToEndTests(ScannedPageCache cache)
{
    [Fact]
    public void The_self_evaluation_table_of_002_holds_the_call_rate_row_with_exact_numbers()
    {
        var document = cache.Document(RepoPaths.Fixture("002", ".scanned.pdf"));

        Assert.Equal(FileFormat.ScannedPdf, document.Format);
        Assert.All(document.Pages, p => Assert.True(p.FromOcr));

        var row = Rows(document).First(r => r.Any(c => c.Contains("月度话务", StringComparison.Ordinal)) && r.Contains("11.70"));
        var from = Array.FindIndex(row, c => c.StartsWith("≥95", StringComparison.Ordinal));
        Assert.True(from >= 0, string.Join(" | ", row));
        Assert.Equal(["≥95%", "94.07%", "12", "11.70"], row[from..(from + 4)].Select(c => c.Replace(" ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_funding_row_of_the_000_monitoring_form_is_a_table_row()
    {
        var document = cache.Document(RepoPaths.Fixture("000", ".scanned.pdf"));

        var row = Rows(document).First(r => r.Any(c => c.Contains("资金总额", StringComparison.Ordinal)));
        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"], row.SkipWhile(c => c != "57").Take(5));
    }

    [Fact]
    public void Both_target_tables_of_004_keep_their_indicator_rows()
    {
        var document = cache.Document(RepoPaths.Fixture("004", ".scanned.pdf"));

        var indicators = document.Tables.SelectMany(IndicatorRows).ToList();
        // 35 indicators in the source; the layout engine joins the row split by the page break of the second
        // table (按时办结率 / 诉求解决率) into one, so 34 rows carry all 35 names.
        Assert.InRange(indicators.Count, 34, 35);
        Assert.All(indicators, r => Assert.NotEqual(string.Empty, r[^1]));
        Assert.Contains(indicators, r => r[2] == "综合接通率" && r[3] == ">80%");
        Assert.Contains(indicators, r => r[2] == "转接接通率" && r[3] == ">86%");
        Assert.Contains(indicators, r => r[2] == "人员流失率" && r[3] == "<20%");
        Assert.Contains(indicators, r => r[2].Contains("诉求解决率", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001", "市长热线")]
    [InlineData("003", "聘用人员工资及管理费用")]
    public void Prose_reports_read_as_paragraphs_without_phantom_tables(string seed, string phrase)
    {
        var document = cache.Document(RepoPaths.Fixture(seed, ".scanned.pdf"));

        Assert.Empty(document.Tables);
        Assert.True(document.Paragraphs.Count() > 10, $"only {document.Paragraphs.Count()} paragraphs");
        Assert.Contains(phrase, document.Text, StringComparison.Ordinal);
        var spacedCjk = System.Text.RegularExpressions.Regex.Count(document.Text, @"\p{IsCJKUnifiedIdeographs} \p{IsCJKUnifiedIdeographs}");
        Assert.True(spacedCjk < 5, $"{spacedCjk} spaces between Chinese characters");
    }

    private static IEnumerable<string[]> Rows(Document document) =>
        document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(r => t.RowTexts(r).ToArray()));

    /// <summary>Rows after a 三级目标 header row, up to a title row spanning the whole table.</summary>
    private static IEnumerable<string[]> IndicatorRows(Table table)
    {
        var rows = Enumerable.Range(0, table.RowCount).Select(r => table.RowTexts(r).ToArray()).ToList();
        var header = rows.FindIndex(r => r.Contains("三级目标"));
        return header < 0 ? [] : rows.Skip(header + 1).TakeWhile(r => r.Distinct().Count() > 1);
    }
}

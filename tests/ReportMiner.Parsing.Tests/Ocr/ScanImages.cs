using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Processes;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>The 000 fixture's scanned first page as the image files a scanner or phone delivers, and what it must read as.</summary>
internal static class ScanImages
{
    /// <summary>Page 1 of the 000 scan at 200 dpi grey in a pdftoppm format ("-png", "-jpeg", "-gray" for PGM), in <paramref name="temp"/>.</summary>
    public static string Render(TempDirectory temp, string format = "-png")
    {
        var prefix = temp.File($"scan{format}");
        ToolRunner.Run(ExternalTool.PdfToPpm, ["-r", "200", "-gray", format, "-f", "1", "-l", "1", "-singlefile",
            RepoPaths.Fixture("000", ".scanned.pdf"), prefix], prefix, TimeSpan.FromSeconds(60));
        return Directory.GetFiles(temp.Path, $"scan{format}.*").Single();
    }

    /// <summary>The ruled form's 资金总额 row keeps its five figures in their own cells.</summary>
    public static void AssertFundsRow(Document document)
    {
        var table = Assert.Single(document.Tables, t => t.RowCount > 10);
        var row = Enumerable.Range(0, table.RowCount).Select(r => table.RowTexts(r))
            .First(r => r.Any(c => c.Contains("资金总额", StringComparison.Ordinal)));
        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"], row.SkipWhile(c => c != "57").Take(5));
    }
}

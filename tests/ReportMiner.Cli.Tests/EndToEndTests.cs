using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>The real parsers and extractor behind import: the same report in three formats compares as one row.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void A_report_imported_as_docx_pdf_and_text_compares_as_one_row_with_three_agreeing_sources()
    {
        using var dir = new TempDirectory();
        var input = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var suffix in new[] { ".docx", ".pdf", ".gb18030.txt" })
            File.Copy(RepoPaths.Fixture("002", suffix), Path.Combine(input, "002" + suffix));
        var db = dir.File("s.db");

        var import = CliRunner.Run("import", input, "--db", db);
        var compare = CliRunner.Run("compare", "--indicator", "接通率", "--cities", "Guangzhou", "--format", "csv", "--db", db);

        Assert.Equal(0, import.Exit);
        Assert.Contains("3 imported, 0 unchanged, 0 failed", import.Out);
        var lines = compare.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var row = lines[1].Split(',');
        Assert.Equal(["广州市", "2021", "月度话务接通率", "94.07%", "3", "3"], new[] { row[0], row[1], row[3], row[5], row[10], row[11] });
    }
}

using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Processes;
using ReportMiner.Parsing.Tests.Spreadsheet;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Office;

public sealed class LegacyOfficeFormatTests
{
    [Fact]
    public void An_rtf_document_is_read_through_libreoffice_and_keeps_its_format()
    {
        using var dir = new TempDirectory();
        var rtf = @"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0 SimSun;}}\f0 " + RtfEscape("项目绩效自评报告") + @"\par " +
                  RtfEscape("满意率93.62%") + @"\par}";
        File.WriteAllText(dir.File("report.rtf"), rtf, Encoding.ASCII);

        var document = DefaultDocumentReader.Create().Read(dir.File("report.rtf"));

        Assert.Equal(FileFormat.Rtf, document.Format);
        Assert.Equal(["项目绩效自评报告", "满意率93.62%"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_wps_office_file_in_word_97_format_is_converted_like_a_doc_and_keeps_its_format()
    {
        using var dir = new TempDirectory();
        File.Copy(RepoPaths.Fixture("000", ".doc"), dir.File("监控表.wps"));

        var document = DefaultDocumentReader.Create().Read(dir.File("监控表.wps"));

        Assert.Equal(FileFormat.Wps, document.Format);
        Word.SeedDocumentAssertions.AssertSeed("000", document);
    }

    [Fact]
    public void An_xls_workbook_is_read_through_libreoffice_with_its_merged_cells()
    {
        using var dir = new TempDirectory();
        var xlsx = new XlsxFactory().Sheet("自评表")
            .Shared("A1", "一级指标").Shared("B1", "三级指标").Shared("C1", "完成值")
            .Shared("A2", "产出").Merge("A2:A3").Shared("B2", "接通率").Number("C2", 0.9407, XlsxFactory.PercentTwo)
            .Shared("B3", "回访率").Number("C3", 1, XlsxFactory.Percent)
            .Save(dir.File("made.xlsx"));
        var xls = ConvertWithSoffice(xlsx, "xls", dir.Path);

        var document = DefaultDocumentReader.Create().Read(xls);

        Assert.Equal(FileFormat.Xls, document.Format);
        var table = document.Tables.Single();
        Assert.Equal("自评表", table.Caption);
        Assert.Equal(("产出", 2), (table.CellAt(2, 0)!.Text, table.CellAt(2, 0)!.RowSpan));
        Assert.Equal(["产出", "接通率", "94.07%"], table.RowTexts(1));
    }

    private static string ConvertWithSoffice(string path, string target, string outDir)
    {
        var profile = new Uri(Path.Combine(outDir, "profile") + "/").AbsoluteUri;
        ToolRunner.Run(ExternalTool.Soffice, ["-env:UserInstallation=" + profile, "--headless", "--norestore",
            "--convert-to", target, "--outdir", outDir, path], path, TimeSpan.FromSeconds(120));
        return Path.ChangeExtension(path, target);
    }

    private static string RtfEscape(string text) =>
        string.Concat(Encoding.GetEncoding("GB18030").GetBytes(text).Select(b => b < 0x80 ? ((char)b).ToString() : $"\\'{b:x2}"));

    static LegacyOfficeFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}

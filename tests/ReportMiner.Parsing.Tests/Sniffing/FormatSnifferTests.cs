using System.IO.Compression;
using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Sniffing;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Sniffing;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData(".docx", FileFormat.Docx)]
    [InlineData(".doc", FileFormat.Doc)]
    [InlineData(".pdf", FileFormat.Pdf)]
    [InlineData(".scanned.pdf", FileFormat.Pdf)]
    [InlineData(".gb18030.txt", FileFormat.Txt)]
    public void Every_fixture_format_is_recognised_from_its_content(string suffix, FileFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(RepoPaths.Fixture("002", suffix)));

    [Fact]
    public void A_pdf_named_docx_is_still_a_pdf()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.docx");
        File.Copy(RepoPaths.Fixture("000", ".pdf"), path);
        Assert.Equal(FileFormat.Pdf, FormatSniffer.Sniff(path));
    }

    [Fact]
    public void An_OFD_package_is_recognised_by_its_entry_point_whatever_its_name()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.zip");
        ReportMiner.TestSupport.Ofd.OfdWriter.Write(path, [new(210, 297, [new(20, 20, 4, "绩效自评表")], [])]);
        Assert.Equal(FileFormat.Ofd, FormatSniffer.Sniff(path));
    }

    [Fact]
    public void A_zip_that_is_not_office_is_unsupported()
    {
        using var dir = new TempDirectory();
        var path = dir.File("archive.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open())) w.Write("hello");
        var ex = Assert.Throws<DocumentParseException>(() => FormatSniffer.Sniff(path));
        Assert.Equal(ParseErrorKind.Unsupported, ex.Kind);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        using var dir = new TempDirectory();
        var path = dir.File("empty.pdf");
        File.WriteAllBytes(path, []);
        var ex = Assert.Throws<DocumentParseException>(() => FormatSniffer.Sniff(path));
        Assert.Equal(ParseErrorKind.Empty, ex.Kind);
        Assert.Contains("empty.pdf", ex.Message);
    }

    [Fact]
    public void Random_bytes_are_not_mistaken_for_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var ex = Assert.Throws<DocumentParseException>(() => FormatSniffer.SniffHead("x.docx", bytes));
        Assert.Equal(ParseErrorKind.Unsupported, ex.Kind);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><table></table></body></html>", FileFormat.Html)]
    [InlineData("{\\rtf1\\ansi 绩效}", FileFormat.Rtf)]
    [InlineData("项目名称\t接通率\n", FileFormat.Txt)]
    public void Markup_and_text_heads_are_told_apart(string head, FileFormat expected) =>
        Assert.Equal(expected, FormatSniffer.SniffHead("x", Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Utf16_text_with_a_bom_is_text_despite_its_zero_bytes() =>
        Assert.Equal(FileFormat.Txt, FormatSniffer.SniffHead("x", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("满意度")).ToArray()));

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_text_without_a_bom_is_text(string encoding) =>
        Assert.Equal(FileFormat.Txt, FormatSniffer.SniffHead("x", Encoding.GetEncoding(encoding).GetBytes("项目名称\t接通率\r\n2021年 95%\r\n")));

    [Theory]
    [InlineData(0x20)] // random bytes without control codes: compressed or encrypted data looks like this
    [InlineData(0x80)] // only high bytes, every pair of which GB18030 decodes to some character
    public void Random_bytes_without_control_codes_named_pdf_are_unsupported_not_text(int lowest)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.pdf");
        var random = new Random(11);
        File.WriteAllBytes(path, Enumerable.Range(0, 20_000).Select(_ => (byte)random.Next(lowest, 256)).ToArray());

        var ex = Assert.Throws<DocumentParseException>(() => FormatSniffer.Sniff(path));

        Assert.Equal(ParseErrorKind.Unsupported, ex.Kind);
        Assert.Contains("report.pdf", ex.Message);
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("big5")]
    public void Chinese_text_in_a_legacy_encoding_is_still_text(string encoding)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = string.Concat(Enumerable.Repeat("项目名称：12345热线服务项目，年度预算资金2,350.50万元，执行率93.53%。\n一级指标\t产出指标\t满意度≥95%\n", 60));
        if (encoding == "big5") text = "專項預算資金評價報告，單位：萬元。績效目標：熱線接通率達到百分之九十以上。\n";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(string.Concat(Enumerable.Repeat(text, 3000 / text.Length + 2)));

        Assert.Equal(FileFormat.Txt, FormatSniffer.SniffHead("report.txt", bytes.AsSpan(0, Math.Min(bytes.Length, 8192))));
    }
}

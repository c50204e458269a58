using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

public sealed class TextEncodingTests
{
    private const string Sample = "项目名称\t12345热线服务外包项目\n年度预算\t128万元\n本项目资金使用合规，满意度93.62%。\n";

    private static Document ParseBytes(TempDirectory dir, byte[] bytes)
    {
        var path = dir.File("report.txt");
        File.WriteAllBytes(path, bytes);
        return new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
    }

    public static TheoryData<string> Encodings => new() { "utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gb18030" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_same_text_reads_the_same_in_every_supported_encoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = name switch
        {
            "utf8" => Encoding.UTF8.GetBytes(Sample),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)],
            "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)],
            "utf16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)],
            "utf16le" => Encoding.Unicode.GetBytes(Sample),
            "utf16be" => Encoding.BigEndianUnicode.GetBytes(Sample),
            _ => Encoding.GetEncoding("GB18030").GetBytes(Sample),
        };
        using var dir = new TempDirectory();
        var document = ParseBytes(dir, bytes);
        Assert.Contains("满意度93.62%", document.Text);
        var table = Assert.Single(document.Tables);
        Assert.Equal("128万元", table.CellAt(1, 1)?.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Mostly_chinese_utf16_without_a_bom_reads_through_the_default_reader(string encoding)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding(encoding).GetBytes("项目名称\t接通率\r\n满意度\t百分之九十五\r\n"));

        var document = ReportMiner.Parsing.Pipeline.DefaultDocumentReader.Create().Read(path);

        Assert.Equal(["满意度", "百分之九十五"], Assert.Single(document.Tables).RowTexts(1));
    }

    [Fact]
    public void Gbk_bytes_are_not_mistaken_for_utf8_or_big5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("广州市政务服务数据管理局绩效自评报告，预算执行率100%。");
        var (encoding, bom) = TextEncodingDetector.Detect(bytes);
        Assert.Equal(0, bom);
        Assert.Equal(TextEncodingDetector.Gb18030.CodePage, encoding.CodePage);
    }

    [Fact]
    public void Big5_traditional_text_is_read_as_big5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string traditional = "臺北市政府專項預算資金績效評價報告，滿意度達到百分之九十以上，項目單位管理規範。";
        var bytes = Encoding.GetEncoding("big5").GetBytes(traditional);
        var (encoding, _) = TextEncodingDetector.Detect(bytes);
        Assert.Equal(traditional, encoding.GetString(bytes));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(200L * 1024 * 1024);
        var limits = ParseLimits.Default;
        var started = DateTime.UtcNow;
        var ex = Assert.Throws<DocumentParseException>(() =>
            new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, limits)));
        Assert.Equal(ParseErrorKind.TooLarge, ex.Kind);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_file_of_only_blank_lines_is_an_empty_error()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<DocumentParseException>(() => ParseBytes(dir, Encoding.UTF8.GetBytes("\n  \n\n")));
        Assert.Equal(ParseErrorKind.Empty, ex.Kind);
    }
}

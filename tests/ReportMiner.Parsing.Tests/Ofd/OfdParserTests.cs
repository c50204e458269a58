using System.IO.Compression;
using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Ofd;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Tests.Ocr;
using ReportMiner.TestSupport;
using ReportMiner.TestSupport.Ofd;

namespace ReportMiner.Parsing.Tests.Ofd;

public sealed class OfdParserTests
{
    private static readonly double[] Columns = [20, 55, 85, 135, 185];
    private static readonly double[] Rows = [40, 50, 60, 70, 80];

    private static readonly string[][] Grid =
    [
        ["一级指标", "二级指标", "三级指标", "实际完成值"],
        ["产出指标", "数量指标", "工单受理量", "12345件"],
        ["产出指标", "质量指标", "接通率", "94.07%"],
        ["满意度指标", "服务对象满意度", "群众满意率", "≥95%"],
    ];

    private static OfdPageSpec FormPage(IReadOnlyList<OfdText>? template = null)
    {
        var texts = new List<OfdText> { new(60, 30, 5, "2023年度项目支出绩效自评表") };
        for (var r = 0; r < Grid.Length; r++)
            for (var c = 0; c < Grid[r].Length; c++)
                texts.Add(new OfdText(Columns[c] + 2, Rows[r] + 7, 3.5, Grid[r][c]));
        var lines = Rows.Select(y => new OfdLine(Columns[0], y, Columns[^1], y))
            .Concat(Columns.Select(x => new OfdLine(x, Rows[0], x, Rows[^1]))).ToList();
        return new OfdPageSpec(210, 297, texts, lines, template);
    }

    private static Document Read(string path) => DefaultDocumentReader.Create().Read(path);

    [Theory]
    [InlineData(OfdTextStyle.RunPerObject)]
    [InlineData(OfdTextStyle.CharacterPerObject)]
    [InlineData(OfdTextStyle.ScaledByCtm)]
    public void A_ruled_form_becomes_a_table_with_every_cell_in_its_row_and_column(OfdTextStyle style)
    {
        using var dir = new TempDirectory();
        var path = dir.File("form.ofd");
        OfdWriter.Write(path, [FormPage()], style);

        var document = Read(path);

        Assert.Equal(FileFormat.Ofd, document.Format);
        Assert.Contains(document.Paragraphs, p => p.Text == "2023年度项目支出绩效自评表");
        var table = Assert.Single(document.Tables);
        for (var r = 0; r < Grid.Length; r++)
            for (var c = 0; c < Grid[r].Length; c++)
                Assert.Equal(Grid[r][c], table.CellAt(r, c)?.Text);
    }

    [Fact]
    public void Text_on_a_template_page_is_read_with_the_page_it_lies_under()
    {
        using var dir = new TempDirectory();
        var path = dir.File("templated.ofd");
        OfdWriter.Write(path, [FormPage([new OfdText(20, 15, 4, "某市财政局文件")]), FormPage()]);

        var document = Read(path);

        Assert.Equal(2, document.Pages.Count);
        Assert.Contains("某市财政局文件", document.Text);
        Assert.Equal(2, document.Tables.Count(t => t.CellAt(2, 3)?.Text == "94.07%"));
    }

    [Fact]
    public void Repeated_steps_in_g_notation_place_each_character_and_a_wide_step_starts_a_new_word()
    {
        using var dir = new TempDirectory();
        var path = dir.File("steps.ofd");
        // 预算执行率 at 4 mm a character, then a 40 mm step before 100%: one line with two words far apart.
        WriteRaw(path, Page("""
            <ofd:TextObject ID="10" Boundary="20 20 150 6" Font="1" Size="4">
              <ofd:TextCode X="0" Y="5" DeltaX="g 4 4 40 2 2 2">预算执行率100%</ofd:TextCode>
            </ofd:TextObject>
            """));

        var document = Read(path);

        var line = Assert.Single(document.Paragraphs).Text;
        Assert.Matches("^预算执行率\\s+100%$", line);
    }

    [Fact]
    public void A_package_without_OFD_xml_is_not_taken_for_an_OFD()
    {
        using var dir = new TempDirectory();
        var path = dir.File("other.ofd");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) Entry(zip, "Doc_0/Document.xml", "<Document/>");

        var error = Assert.Throws<DocumentParseException>(() => Read(path));

        Assert.Equal(ParseErrorKind.Unsupported, error.Kind);
    }

    [Theory]
    [InlineData("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>", "missing document part")]
    [InlineData("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Missing.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>", "missing document part")]
    [InlineData("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"></ofd:OFD>", "no document")]
    public void A_damaged_package_is_a_typed_corrupt_error_naming_the_problem(string ofdXml, string _)
    {
        using var dir = new TempDirectory();
        var path = dir.File("damaged.ofd");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) Entry(zip, "OFD.xml", ofdXml);

        var error = Assert.Throws<DocumentParseException>(() => Read(path));

        Assert.Equal(ParseErrorKind.Corrupt, error.Kind);
        Assert.Contains("OFD", error.Problem);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused_before_the_page_is_walked()
    {
        using var dir = new TempDirectory();
        var path = dir.File("deep.ofd");
        var deep = new StringBuilder();
        for (var i = 0; i < 5000; i++) deep.Append("<ofd:PageBlock>");
        for (var i = 0; i < 5000; i++) deep.Append("</ofd:PageBlock>");
        WriteRaw(path, Page(deep.ToString()));

        var error = Assert.Throws<DocumentParseException>(() => Read(path));

        Assert.Equal(ParseErrorKind.Corrupt, error.Kind);
        Assert.Contains("levels deep", error.Problem);
    }

    [Fact]
    public void A_missing_page_part_is_a_warning_and_the_other_pages_are_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("gap.ofd");
        WriteRaw(path, Page("""<ofd:TextObject ID="10" Boundary="20 20 100 6" Font="1" Size="4"><ofd:TextCode X="0" Y="5">第一页</ofd:TextCode></ofd:TextObject>"""),
            extraPage: "Pages/Page_9/Content.xml");

        var document = Read(path);

        Assert.Equal(2, document.Pages.Count);
        Assert.Contains("第一页", document.Text);
        Assert.Contains(document.Warnings, w => w.Contains("Page 2") && w.Contains("missing"));
    }

    [Fact]
    public void A_scan_whose_image_resource_is_not_declared_says_its_page_holds_only_images()
    {
        using var dir = new TempDirectory();
        var path = dir.File("scan.ofd");
        WriteRaw(path, Page("""<ofd:ImageObject ID="10" Boundary="0 0 210 297" ResourceID="5"/>"""));

        var document = Read(path);

        Assert.Contains(document.Warnings, w => w.Contains("Page 1 holds only images") && w.Contains("not declared"));
    }

    [Fact]
    public void A_scan_saved_as_OFD_is_read_by_OCR_into_its_ruled_table()
    {
        using var dir = new TempDirectory();
        var path = dir.File("scan.ofd");
        OfdWriter.Write(path, [new OfdPageSpec(210, 297, [], [], Images: [new OfdImage(0, 0, 210, 297, ScanImages.Render(dir, "-png"))])]);

        var document = Read(path);

        Assert.Equal(FileFormat.Ofd, document.Format);
        Assert.True(Assert.Single(document.Pages).FromOcr);
        ScanImages.AssertFundsRow(document);
    }

    [Fact]
    public void A_document_mixing_a_text_page_and_a_jpeg_scan_keeps_both_pages_text()
    {
        using var dir = new TempDirectory();
        var path = dir.File("mixed.ofd");
        var scan = new OfdPageSpec(210, 297, [], [], Images:
        [
            new OfdImage(0, 0, 20, 20, ScanImages.Render(dir, "-png")), // a stamp-sized image is not the page's scan
            new OfdImage(0, 0, 210, 297, ScanImages.Render(dir, "-jpeg")),
        ]);
        OfdWriter.Write(path, [FormPage(), scan]);

        var document = Read(path);

        Assert.Equal([false, true], document.Pages.Select(p => p.FromOcr));
        Assert.Contains("2023年度项目支出绩效自评表", document.Text);
        Assert.Matches(@"57\s*100%\s*38\.25\s*67%\s*18\.75", document.Text.Replace('\t', ' '));
    }

    [Fact]
    public void Without_an_OCR_engine_a_scan_saved_as_OFD_is_reported_not_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("scan.ofd");
        OfdWriter.Write(path, [new OfdPageSpec(210, 297, [], [], Images: [new OfdImage(0, 0, 210, 297, ScanImages.Render(dir, "-png"))])]);

        var document = new OfdParser().Parse(new ParseRequest(path, FileFormat.Ofd, ParseLimits.Default));

        Assert.Contains(document.Warnings, w => w.Contains("hold only images") && w.Contains("no OCR engine"));
        Assert.False(Assert.Single(document.Pages).FromOcr);
    }

    [Fact]
    public void A_scan_page_whose_image_claims_a_billion_pixels_is_a_warning_and_the_other_pages_are_read()
    {
        using var dir = new TempDirectory();
        var bomb = dir.File("bomb.png");
        var header = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
            0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40, 8, 0, 0, 0, 0 }; // 40,000 × 40,000, 8-bit grey
        File.WriteAllBytes(bomb, [.. header, .. new byte[64]]);
        var path = dir.File("bomb.ofd");
        OfdWriter.Write(path, [FormPage(), new OfdPageSpec(210, 297, [], [], Images: [new OfdImage(0, 0, 210, 297, bomb)])]);

        var document = Read(path);

        Assert.Contains("2023年度项目支出绩效自评表", document.Text);
        Assert.Contains(document.Warnings, w => w.StartsWith("Page 2:", StringComparison.Ordinal) && w.Contains("pixels"));
    }

    private static string Page(string objects) =>
        $"""<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>""";

    private static void WriteRaw(string path, string pageXml, string? extraPage = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "OFD.xml", """<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>""");
        var pages = "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
            + (extraPage is null ? "" : $"<ofd:Page ID=\"3\" BaseLoc=\"{extraPage}\"/>");
        Entry(zip, "Doc_0/Document.xml", $"""<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>{pages}</ofd:Pages></ofd:Document>""");
        Entry(zip, "Doc_0/Pages/Page_0/Content.xml", pageXml);
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}

using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrRepairsTests
{
    private static IEnumerable<string> TextsRead(bool fromOcr, params string[] lines)
    {
        var blocks = lines.Select(l => (Block)new Paragraph(l, new Provenance(1, CharLength: l.Length))).ToList();
        var context = new ExtractionContext(new Document("report.pdf", FileFormat.Pdf, [new Page(1, FromOcr: fromOcr)], blocks,
            string.Join('\n', lines)));
        return context.Items.Concat(context.Chrome).Select(i => i.Text);
    }

    [Fact]
    public void A_place_name_misread_on_a_recognised_page_is_put_right_before_the_rules_read_it() =>
        Assert.Contains(TextsRead(fromOcr: true, "项目支出绩效自评表", "填报单位:北京市海演区学院路街道办事处"),
            t => t.Contains("北京市海淀区学院路", StringComparison.Ordinal));

    [Fact]
    public void Text_taken_from_the_file_itself_is_never_changed() =>
        Assert.Contains(TextsRead(fromOcr: false, "项目支出绩效自评表", "填报单位:北京市海演区学院路街道办事处"),
            t => t.Contains("北京市海演区学院路", StringComparison.Ordinal));

    [Fact]
    public void A_percent_sign_misread_on_a_recognised_page_is_put_back_and_one_in_the_file_is_not()
    {
        Assert.Contains(TextsRead(fromOcr: true, "项目支出绩效自评报告", "执行率93.869%6。"), t => t == "执行率93.86%。");
        Assert.Contains(TextsRead(fromOcr: false, "项目支出绩效自评报告", "执行率93.869%6。"), t => t == "执行率93.869%6。");
    }

    [Fact]
    public void Section_numbers_and_year_characters_misread_on_a_recognised_page_are_put_back()
    {
        var read = TextsRead(fromOcr: true, "项目支出绩效自评报告", "亿)项目绩效指标完成情况", "于2020 4F 6月开展评价");
        Assert.Contains(read, t => t == "(二)项目绩效指标完成情况");
        Assert.Contains(read, t => t == "于2020年6月开展评价");
    }

    [Fact]
    public void A_rate_s_percent_read_as_96_on_a_recognised_page_is_put_back() =>
        Assert.Contains(TextsRead(fromOcr: true, "项目支出绩效自评报告", "设备故障率低于596。"), t => t == "设备故障率低于5%。");
}

using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Html;

public sealed class HtmlParserTests
{
    static HtmlParserTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Report = """
        <html><head><title>标题不入正文</title><style>p { color: red }</style></head>
        <body>
          <h1>2021年项目绩效自评报告</h1>
          <script>document.write("脚本内容")</script>
          <p>一、基本情况<br>项目预算 100 万元</p>
          <div>绩效目标 <b>全部</b> 完成</div>
          <ul><li>接通率达标</li><li>满意度达标</li></ul>
          <table>
            <thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>完成值</th></tr></thead>
            <tbody>
              <tr><td rowspan="3">产出</td><td rowspan="2">数量</td><td>接通率</td><td>94.07%</td></tr>
              <tr><td>回访率</td><td>100%</td></tr>
              <tr><td>质量</td><td>解答率</td><td>98.79%</td></tr>
              <tr><td colspan="3">总分</td><td>99.70</td></tr>
              <tr><td>明细</td><td colspan="3"><table><tr><td>子项</td><td>5</td></tr></table></td></tr>
            </tbody>
          </table>
          <p>结论：<input type="checkbox" checked>优秀 <input type="checkbox">良好</p>
        </body></html>
        """;

    private static Document Read(byte[] bytes, string name = "report.html")
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File(name), bytes);
        return DefaultDocumentReader.Create().Read(dir.File(name));
    }

    [Fact]
    public void Headings_paragraphs_divs_and_list_items_become_paragraphs_without_script_or_style()
    {
        var document = Read(Encoding.UTF8.GetBytes(Report));

        Assert.Equal(FileFormat.Html, document.Format);
        Assert.Equal(
            ["2021年项目绩效自评报告", "一、基本情况\n项目预算 100 万元", "绩效目标 全部 完成", "接通率达标", "满意度达标", "结论：☑优秀 ☐良好"],
            document.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("脚本", document.Text);
        Assert.DoesNotContain("color", document.Text);
    }

    [Fact]
    public void Rowspan_and_colspan_become_spans_on_one_cell()
    {
        var table = Read(Encoding.UTF8.GetBytes(Report)).Tables.Single();

        var output = table.CellAt(3, 0)!;
        Assert.Equal(("产出", 1, 3), (output.Text, output.Row, output.RowSpan));
        Assert.Equal(("数量", 2), (table.CellAt(2, 1)!.Text, table.CellAt(2, 1)!.RowSpan));
        Assert.Equal(["产出", "数量", "回访率", "100%"], table.RowTexts(2));
        Assert.Equal(["产出", "质量", "解答率", "98.79%"], table.RowTexts(3));
        Assert.Equal(3, table.CellAt(4, 0)!.ColumnSpan);
        Assert.Equal("99.70", table.CellAt(4, 3)!.Text);
    }

    [Fact]
    public void A_table_in_a_cell_is_a_nested_table_and_its_text_stays_in_the_cell()
    {
        var cell = Read(Encoding.UTF8.GetBytes(Report)).Tables.Single().CellAt(5, 1)!;

        Assert.Equal("子项 5", cell.Text);
        Assert.Equal("5", Assert.Single(cell.NestedTables).CellAt(0, 1)!.Text);
    }

    [Fact]
    public void A_gbk_page_declared_as_gb2312_reads_as_chinese()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>" +
                   "<body><p>市长热线满意率93.62%</p><table><tr><td>办结率</td><td>100%</td></tr></table></body></html>";

        var document = Read(Encoding.GetEncoding("GBK").GetBytes(html));

        Assert.Equal("市长热线满意率93.62%", document.Paragraphs.Single().Text);
        Assert.Equal("办结率", document.Tables.Single().CellAt(0, 0)!.Text);
    }

    [Fact]
    public void An_undeclared_gbk_page_is_recognised_because_it_is_not_valid_utf8()
    {
        var html = "<html><body><p>绩效评价报告（丰台区）</p></body></html>";

        Assert.Equal("绩效评价报告（丰台区）", Read(Encoding.GetEncoding("GBK").GetBytes(html)).Paragraphs.Single().Text);
    }

    [Fact]
    public void A_utf8_bom_wins_over_a_wrong_meta_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=\"gbk\"></head><body><p>預算執行率</p></body></html>")).ToArray();

        Assert.Equal("預算執行率", Read(bytes).Paragraphs.Single().Text);
    }

    [Fact]
    public void A_one_column_layout_table_around_the_page_is_read_as_page_flow()
    {
        var html = "<html><body><table width=\"100%\"><tr><td><h2>评价报告</h2><p>第一段</p></td></tr>" +
                   "<tr><td><table><tr><td>指标</td><td>值</td></tr></table></td></tr></table></body></html>";

        var document = Read(Encoding.UTF8.GetBytes(html));

        Assert.Equal(["评价报告", "第一段"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal("值", document.Tables.Single().CellAt(0, 1)!.Text);
    }

    [Fact]
    public void An_undeclared_big5_page_reads_as_traditional_chinese()
    {
        var html = "<html><body><p>本年度項目績效評價的目的是了解預算執行率與市民滿意度。</p></body></html>";

        Assert.Equal("本年度項目績效評價的目的是了解預算執行率與市民滿意度。", Read(Encoding.GetEncoding("big5").GetBytes(html)).Paragraphs.Single().Text);
    }

    [Fact]
    public void A_stale_utf8_declaration_on_a_gbk_page_does_not_garble_it()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>项目支出绩效评价报告</p></body></html>";

        Assert.Equal("项目支出绩效评价报告", Read(Encoding.GetEncoding("GBK").GetBytes(html)).Paragraphs.Single().Text);
    }
}

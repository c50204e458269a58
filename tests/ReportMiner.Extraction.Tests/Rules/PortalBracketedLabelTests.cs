namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A portal's metadata with each label in brackets on a line of its own and its value on the line below ("[ 发布机构 ]"
/// then "忠县民政局", R760): the value belongs to the label, as a bulleted label's does.
/// </summary>
public sealed class PortalBracketedLabelTests
{
    private static Docs Page(params string[] metadata)
    {
        var docs = new Docs().Para("巫山县人民政府").Para("搜索");
        foreach (var line in metadata) docs.Para(line);
        return docs
            .Para("2024年度转移支付资金绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2024年度，上级下达转移支付资金慈善会项目40万元，已全部拨付到位。");
    }

    [Fact]
    public void A_bracketed_publisher_label_with_its_value_on_the_next_line_names_the_department()
    {
        var project = Page("[ 索引号 ]", "11500233709436995H/2025-00204", "[ 发文字号 ]", "[ 主题分类 ]", "财政",
            "[ 发布机构 ]", "巫山县民政局", "[ 发布日期 ]", "2025-05-30").Single();
        Assert.Equal("巫山县民政局", project.Department);
    }

    [Fact]
    public void A_bracketed_label_without_a_value_does_not_take_the_next_label_as_its_value()
    {
        var project = Page("[ 发文字号 ]", "[ 发布机构 ]", "巫山县民政局", "[ 发布日期 ]", "2025-05-30").Single();
        Assert.Equal("巫山县民政局", project.Department);
    }

    [Fact]
    public void A_last_bracketed_label_without_a_value_does_not_take_the_report_s_title_below_it()
    {
        var project = new Docs()
            .Para("巫山县人民政府").Para("[ 发布机构 ]").Para("巫山县民政局").Para("[ 有效性 ]")
            .Para("2024年度社会救助资金绩效自评报告")
            .Para("一、基本情况")
            .Para("我局严格按照资金管理办法使用资金，资金已全部拨付到位。")
            .Single();
        Assert.Equal("巫山县民政局", project.Department);
        Assert.Contains("社会救助资金", project.Name);
    }
}

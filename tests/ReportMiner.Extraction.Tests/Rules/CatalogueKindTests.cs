namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A portal files a page under a catalogue heading its metadata prints ("公开目录：自评报告").</summary>
public sealed class CatalogueKindTests
{
    private static Docs Page(string catalogue) => new Docs()
        .Para("索引号：11530500-2-/2022-0708001 发布机构：某市地震局")
        .Para($"公开目录：{catalogue} 发布日期：2022-07-07")
        .Para("一、部门概况")
        .Para("某市地震局是市人民政府直属的公益一类事业单位，承担全市防震减灾工作的指导和监督管理职能。")
        .Para("（二）部门预算执行情况")
        .Para("2021年度部门预算安排320万元，全年支出318万元，预算执行率99.4%。");

    [Fact]
    public void A_page_filed_under_self_evaluation_reports_is_a_self_evaluation_where_its_text_names_no_kind()
    {
        Assert.Equal("self_evaluation", Page("自评报告").Single().ReportKind);
    }

    [Fact]
    public void A_page_filed_under_performance_evaluation_names_no_kind()
    {
        Assert.Null(Page("绩效评价").Single().ReportKind);
    }
}

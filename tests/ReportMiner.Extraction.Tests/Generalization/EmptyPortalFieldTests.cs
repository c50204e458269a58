using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A portal prints its metadata fields above the text whether or not they were filled in: an empty 摘要 or 关键字 field is
/// the portal's, not a research paper's abstract.
/// </summary>
public sealed class EmptyPortalFieldTests
{
    private static Docs ReportUnder(string abstractLine, string keywordsLine) => new Docs()
        .Para("当前位置：首页 >> 信息公开 >> 绩效评价 >> 正文")
        .Para("某市残疾人联合会2023年度部门整体支出绩效单位自评报告")
        .Para("来源：某市残疾人联合会  作者：  日期：2024-04-02  点击率：215")
        .Para(abstractLine)
        .Para(keywordsLine)
        .Para("市财政局：")
        .Para("根据市财政局关于开展2023年度部门整体支出绩效自评工作的通知要求，我会对2023年度部门整体支出开展绩效自评，具体情况如下：")
        .Para("一、部门基本情况")
        .Para("（一）部门概况");

    [Fact]
    public void A_report_under_empty_abstract_and_keyword_fields_stays_a_report()
    {
        var record = ReportUnder("摘要：", "关键词：").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void An_abstract_that_holds_words_still_makes_a_research_paper()
    {
        var record = ReportUnder("摘要：本文以某市部门整体支出为例，构建绩效评价指标体系。", "关键词：绩效评价；部门整体支出").Extract();
        Assert.Equal("other", record.DocumentKind);
    }
}

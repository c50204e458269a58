namespace ReportMiner.Extraction.Tests.Rules;

public sealed class QuotedCodeInNameTests
{
    [Fact]
    public void A_quoted_date_code_opening_a_title_name_is_part_of_the_name_not_the_name()
    {
        var project = new Docs()
            .Para("2018年“11.03”金沙江干流白格堰塞湖下游应急救灾专项补助资金项目绩效评价报告")
            .Para("一、基本情况")
            .Para("项目资金500万元。")
            .Single();
        Assert.Contains("金沙江干流白格堰塞湖下游应急救灾专项补助资金", project.Name);
    }
}

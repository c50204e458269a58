namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>"关于X资金绩效的自评报告": a 的 joining 绩效 to the report type leaves the funds' name before it.</summary>
public sealed class JoinedReportTypeTitleTests
{
    [Fact]
    public void A_title_joining_performance_to_its_report_type_with_de_names_the_funds_before_it()
    {
        var project = new Docs()
            .Para("某县司法局")
            .Para("关于2021年度政法转移支付资金绩效的自评报告")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("政法转移支付资金", project.Name);
    }

    [Fact]
    public void A_title_on_the_spending_of_funds_joined_with_de_names_the_funds()
    {
        var project = new Docs()
            .Para("某市文化和旅游局关于公共文化服务体系建设补助资金支出绩效的自评报告")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("公共文化服务体系建设补助资金", project.Name);
    }
}

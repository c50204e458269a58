namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The year a policy was issued ("2014年，国务院颁布《…》") dates the report's background, not its budget year.</summary>
public sealed class PolicyIssueYearTests
{
    [Fact]
    public void The_year_a_cited_policy_was_issued_is_not_the_year_of_the_report()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("(一)项目立项政策背景")
            .Para("2014年，国务院颁布《社会救助暂行办法》，构筑起社会救助体系框架。")
            .Para("(二)项目资金情况")
            .Para("2018年省级财政安排困难群众救助补助资金5000万元，全部拨付到位，经绩效评价，得分91分。")
            .Single();
        Assert.Equal(2018, project.Year);
    }
}

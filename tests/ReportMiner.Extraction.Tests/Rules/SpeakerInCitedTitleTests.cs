namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A unit that speaks of itself (我局, 我厅) and is named only in the titles of notices or rules it issued.</summary>
public sealed class SpeakerInCitedTitleTests
{
    [Fact]
    public void The_bureau_among_a_joint_notices_issuers_is_the_department_of_a_report_that_speaks_as_a_bureau()
    {
        var project = new Docs()
            .Para("全民健身补短板工程项目自评报告")
            .Para("文件下达我市全民健身场地器材补短工程160万元。我局商同达州市财政局后，以《达州市财政局达州市委宣传部达州市文化体育和旅游局关于下达补助资金预算的通知》下达。")
            .Single();
        Assert.Equal("达州市文化体育和旅游局", project.Department);
    }

    [Fact]
    public void A_department_that_names_itself_only_in_the_title_of_its_own_rules_is_the_department()
    {
        var project = new Docs()
            .Para("社会服务与管理项目绩效自评报告")
            .Para("项目资金管理严格按照《海南省商务厅财务统一管理试行办法》执行，保障我厅各处室履行职能。")
            .Single();
        Assert.Equal("海南省商务厅", project.Department);
    }

    [Fact]
    public void A_cited_title_gives_no_department_to_a_report_that_does_not_speak_as_a_unit()
    {
        var project = new Docs()
            .Para("社会服务与管理项目绩效自评报告")
            .Para("项目资金管理严格按照《海南省商务厅财务统一管理试行办法》执行。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_finance_office_issuing_the_notice_is_no_department()
    {
        var project = new Docs()
            .Para("全民健身补短板工程项目自评报告")
            .Para("我局根据《达州市财政局关于下达补助资金预算的通知》组织实施。")
            .Single();
        Assert.Null(project.Department);
    }
}

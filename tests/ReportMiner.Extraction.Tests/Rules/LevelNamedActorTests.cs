namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A prefecture's or province's office that the prose names by its level alone (市交通运输局, 省教育厅), once, where
/// the prose says it carries out, evaluates or speaks for the work.
/// </summary>
public sealed class LevelNamedActorTests
{
    [Fact]
    public void An_office_the_work_is_directly_carried_out_by_is_the_department()
    {
        var project = new Docs()
            .Para("2016年义务教育薄弱学校改造专项资金绩效自评报告")
            .Para("本次评价工作由省教育厅直接负责实施。")
            .Single();
        Assert.Equal("省教育厅", project.Department);
    }

    [Fact]
    public void An_office_that_leads_the_work_is_the_department()
    {
        var project = new Docs()
            .Para("2019年走访慰问专项经费项目绩效自评报告")
            .Para("根据安排，由市人民政府办公室牵头与驻地部队进行日常联系。")
            .Single();
        Assert.Equal("市人民政府办公室", project.Department);
    }

    [Fact]
    public void An_office_that_evaluates_its_own_work_is_the_department()
    {
        var project = new Docs()
            .Para("2021年农村公路建设项目绩效自评报告")
            .Para("根据工作安排，市交通运输局对2021年度农村公路建设实施情况进行自评。")
            .Single();
        Assert.Equal("市交通运输局", project.Department);
    }

    [Fact]
    public void The_office_whose_project_a_third_party_evaluated_is_the_department()
    {
        var project = new Docs()
            .Para("2022年清扫清运管理经费项目绩效评价报告")
            .Para("评价小组对区城管局2022年清扫清运管理经费项目实施了绩效评价。")
            .Single();
        Assert.Equal("区城管局", project.Department);
    }

    [Fact]
    public void The_level_named_office_a_speaking_unit_refers_to_is_the_department()
    {
        var project = new Docs()
            .Para("2017年区域协作经费专项资金绩效评价报告")
            .Para("为提高专项资金使用绩效，我委高度重视，开展绩效评价。")
            .Para("由项目承担单位向市经信委打报告，经领导签发后拨付。")
            .Single();
        Assert.Equal("市经信委", project.Department);
    }

    [Fact]
    public void A_finance_bureau_that_passes_the_money_on_is_not_the_department()
    {
        var project = new Docs()
            .Para("2021年站房扩建工程经费绩效自评报告")
            .Para("我局高度重视绩效自评工作。")
            .Para("由市财政局组织实施资金拨付，市财政局下达预算。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void An_office_that_issued_the_notice_is_not_the_unit_that_speaks()
    {
        var project = new Docs()
            .Para("2021年公路养护项目绩效自评报告")
            .Para("根据省交通运输厅要求，我厅开展绩效自评。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_level_named_office_that_merely_receives_a_report_is_not_taken_without_a_speaker()
    {
        var project = new Docs()
            .Para("2017年区域协作经费专项资金绩效评价报告")
            .Para("由项目承担单位向市经信委打报告，经领导签发后拨付。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void An_office_the_speaker_works_together_with_is_not_the_speaker()
    {
        var project = new Docs()
            .Para("2018年就业补助资金绩效评价报告")
            .Para("一是实施联合评价。我厅与省人社厅联合印发了评价通知和工作方案。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void An_office_listed_after_the_finance_office_it_acts_with_is_not_the_speaker()
    {
        var project = new Docs()
            .Para("2018年就业补助资金绩效评价报告")
            .Para("省财政厅、省人社厅联合对就业补助资金管理使用情况进行了评价。我厅认真组织。")
            .Single();
        Assert.Null(project.Department);
    }
}

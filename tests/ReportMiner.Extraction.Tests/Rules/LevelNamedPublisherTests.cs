namespace ReportMiner.Extraction.Tests.Rules;

public sealed class LevelNamedPublisherTests
{
    [Fact]
    public void A_source_named_by_its_level_of_government_is_the_department_of_a_unit_that_does_not_speak_as_one()
    {
        var project = new Docs()
            .Para("某某公证处关于2021年公证服务项目支出评价报告")
            .Para("来源: 市司法局 发布日期: 2022-12-02 16:03:00")
            .Para("一、基本情况")
            .Para("公证处提供公证服务，项目资金60万元已全部支付。")
            .Single();
        Assert.Equal("市司法局", project.Department);
    }

    [Fact]
    public void A_source_named_without_a_level_may_be_a_copied_site_and_is_not_the_department()
    {
        var project = new Docs()
            .Para("某某公证处关于2021年公证服务项目支出评价报告")
            .Para("来源: 公证研究院 发布日期: 2022-12-02 16:03:00")
            .Para("一、基本情况")
            .Para("公证处提供公证服务，项目资金60万元已全部支付。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_finance_office_publishing_a_transfer_self_evaluation_in_the_regional_template_is_its_department()
    {
        var project = new Docs()
            .Para("某某县农业保险保费补贴2020年度绩效自评报告")
            .Para("发布时间:2021-10-26 17:11 来源:县财政局 作者:")
            .Para("一、2020年度绩效目标分解下达情况")
            .Para("全县总保费达到443万元，中央财政补贴47.5%。")
            .Single();
        Assert.Equal("县财政局", project.Department);
    }

    [Fact]
    public void A_finance_office_publishing_another_kind_of_report_is_not_its_department()
    {
        var project = new Docs()
            .Para("某某县农业保险保费补贴2020年度绩效自评报告")
            .Para("发布时间:2021-10-26 17:11 来源:县财政局 作者:")
            .Para("一、项目基本情况")
            .Para("全县总保费达到443万元，中央财政补贴47.5%。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_township_central_school_opening_a_title_is_the_department_with_its_school_word()
    {
        var project = new Docs()
            .Para("重庆市大足区石马中心小学2021项目资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("重庆市大足区石马中心小学", project.Department);
    }
}

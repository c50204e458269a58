using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>Title and cover wordings the label audit of unseen pages found (Data/label-audit.tsv) and what they give.</summary>
public sealed class UnseenTitleWordsTests
{
    [Fact]
    public void A_whole_department_title_that_opens_with_its_year_names_the_unit_after_the_year()
    {
        var project = new Docs()
            .Para("2020年度新宁县马头桥镇人民政府部门绩效自评报告")
            .Para("一、基本情况")
            .Para("马头桥镇辖31个村，2个居委会，约6万余人。")
            .Single();
        Assert.Equal("新宁县马头桥镇人民政府", project.Department);
        Assert.Equal("新宁县马头桥镇人民政府部门整体支出", project.Name);
    }

    [Fact]
    public void A_year_and_unit_line_above_the_rest_of_the_title_names_the_unit()
    {
        var project = new Docs()
            .Para("2023年度江永县科技和工业信息化局")
            .Para("整体支出绩效自评报告")
            .Para("一、基本情况")
            .Single();
        Assert.Equal("江永县科技和工业信息化局", project.Department);
    }

    [Fact]
    public void A_report_title_run_into_the_units_name_on_its_cover_is_no_part_of_the_unit()
    {
        var project = new Docs()
            .Para("2019年度部门整体支出绩效自评报告衡山县妇幼保健计划生育服务中心(盖章)为进一步规范财政资金管理，切实提高财政资金使用效益，我中心对2019年部门财政资金开展了绩效评价工作，现将评价情况报告如下：")
            .Single();
        Assert.Equal("衡山县妇幼保健计划生育服务中心", project.Department);
    }

    [Theory]
    [InlineData("临澧县财政局委托湖南九澧咨询服务有限公司，对临澧县20xx年度农村危房改造专项资金支出情况进行了绩效评价，现将评价情况报告如下：")]
    [InlineData("受县财政局委托，我公司对某某县2021年度农村危房改造专项资金开展绩效评价，现将评价情况报告如下：")]
    public void An_evaluator_that_names_the_place_and_year_before_the_fund_leaves_them_out_of_the_name(string opening)
    {
        var project = new Docs()
            .Para("绩效评价报告")
            .Para(opening)
            .Para("一、基本情况")
            .Single();
        Assert.Equal("农村危房改造专项资金", project.Name);
    }
}

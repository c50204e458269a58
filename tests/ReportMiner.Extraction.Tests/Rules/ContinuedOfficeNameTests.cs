namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A prose office ending as a facility does (中心, 馆) whose name goes on (中心小学) or which a project builds (X中心项目)
/// is no department.
/// </summary>
public sealed class ContinuedOfficeNameTests
{
    [Fact]
    public void A_township_centre_school_is_not_cut_into_a_centre()
    {
        var project = new Docs()
            .Para("校舍维修资金绩效自评报告")
            .Para("一、基本情况")
            .Para("资金从上级调剂至湖南省桃江县石牛中心小学，用于厕所改造，全年预算12万元。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_care_centre_the_project_builds_is_not_the_department()
    {
        var project = new Docs()
            .Para("重点项目绩效评价报告")
            .Para("一、项目概况")
            .Para("现选取2023年湖南省桃江县石牛乡松林康养中心项目开展绩效评价，全年预算300万元。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_centre_that_carries_out_the_work_is_still_the_department()
    {
        var project = new Docs()
            .Para("农村饮水水质检测项目绩效自评报告")
            .Para("一、项目概况")
            .Para("湖南省桃江县疾病预防控制中心负责项目的组织实施，全年预算30万元。")
            .Single();
        Assert.Equal("湖南省桃江县疾病预防控制中心", project.Department);
    }

    [Fact]
    public void A_bureau_run_into_a_form_label_that_starts_with_project_is_still_the_department()
    {
        var project = new Docs()
            .Para("项目支出绩效目标表")
            .Para("项目名称博物馆提升改造项目主管部门湖南省桃江县文化旅游广电体育局项目开始日期2023-01-01")
            .Single();
        Assert.Equal("湖南省桃江县文化旅游广电体育局", project.Department);
    }
}

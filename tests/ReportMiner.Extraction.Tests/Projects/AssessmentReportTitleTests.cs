using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>
/// An evaluation may call itself an assessment (评估报告) of a project's or a programme's performance; an assessment
/// of assets or of the environment is another trade's report.
/// </summary>
public sealed class AssessmentReportTitleTests
{
    private const string Body = "受省水利厅委托，专家组赴六个县实地查看工程运行情况，走访农户二百余户。";

    [Fact]
    public void A_projects_assessment_report_is_a_report_on_the_project_it_names()
    {
        var project = new Docs().Para("西部山区人畜饮水工程项目评估报告").Para(Body).Single();
        Assert.Equal("西部山区人畜饮水工程项目", project.Name);
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Fact]
    public void A_programmes_assessment_report_names_the_programme()
    {
        var project = new Docs().Para("城乡学生午餐补助计划 评估报告").Para(Body).Single();
        Assert.Equal("城乡学生午餐补助计划", project.Name);
    }

    [Fact]
    public void A_programme_funded_as_a_budget_line_is_the_name_an_evaluation_title_gives()
    {
        var project = new Docs().Para("山区学校午餐补助计划绩效评价报告").Para(Body).Single();
        Assert.Equal("山区学校午餐补助计划", project.Name);
    }

    [Fact]
    public void An_investment_plan_a_target_form_is_titled_by_is_no_programmes_name()
    {
        var project = new Docs().Para("某县农业绿色发展专项2022年中央预算内投资计划绩效目标表").Para(Body).Single();
        Assert.False(project.Name?.EndsWith("计划", StringComparison.Ordinal) ?? false, project.Name);
    }

    [Fact]
    public void A_performance_assessment_report_names_what_it_assessed()
    {
        var project = new Docs().Para("乡村客运补贴绩效评估报告").Para(Body).Single();
        Assert.Equal("乡村客运补贴", project.Name);
    }

    [Fact]
    public void An_office_presenting_its_own_self_evaluation_under_an_evaluation_title_wrote_a_self_evaluation()
    {
        var project = new Docs().Para("城区路灯维护经费绩效评价报告")
            .Para("根据县财政局关于做好年度预算绩效管理工作的通知要求，我局组织财务和业务股室人员逐项核对了资金和资料，现将我局2023年度城区路灯维护经费绩效自评情况报告如下：").Para(Body).Single();
        Assert.Equal("城区路灯维护经费", project.Name);
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Theory]
    [InlineData("某公司拟转让股权涉及的资产评估报告")]
    [InlineData("某化工园区扩建环境影响评估报告")]
    public void An_assessment_of_assets_or_of_the_environment_is_no_performance_report(string title)
    {
        Assert.Empty(new Docs().Para(title).Para(Body).Extract().Projects);
    }
}

using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>Report types that carry more words than 自评报告 or 评价报告: 考核, 跟踪问效, a 自评结果 standing as the title.</summary>
public sealed class ReportTypeWordsTests
{
    private const string Body = "本项目年度预算资金80万元，实际支出76万元。";

    [Theory]
    [InlineData("2022年度农村妇女两癌检查项目绩效考核自评报告", "农村妇女两癌检查项目")]
    [InlineData("2021年度高校学生资助项目自评结果", "高校学生资助项目")]
    public void A_title_whose_report_type_carries_考核_or_ends_in_自评结果_names_the_project(string title, string name)
    {
        var project = new Docs().Para(title).Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal(name, project.Name);
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_funds_follow_up_report_跟踪问效_names_the_funds_and_is_an_evaluation()
    {
        var project = new Docs().Para("2021年度城镇燃气管道改造补助资金全周期跟踪问效报告").Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("城镇燃气管道改造补助资金", project.Name);
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Fact]
    public void A_whole_life_evaluation_全周期绩效评价_names_the_funds_without_its_全周期()
    {
        var project = new Docs().Para("2021年度农村公路养护补助资金全周期绩效评价报告").Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农村公路养护补助资金", project.Name);
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Theory]
    [InlineData("2021年环境监控系统运行维护资金绩效评价报告", "evaluation")]
    [InlineData("2022年度视频监控建设项目绩效自评报告", "self_evaluation")]
    [InlineData("2023年度城乡供水项目绩效监控报告", "monitoring")]
    [InlineData("2023年度城乡供水项目绩效目标执行监控表", "monitoring")]
    public void A_title_names_a_monitoring_report_by_whose_monitoring_it_is_not_by_a_camera_in_the_project(string title, string kind)
    {
        var project = new Docs().Para(title).Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal(kind, project.ReportKind);
    }
}

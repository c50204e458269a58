namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A report states its overall score as the evaluation's result ("最终得分85.82", "评定结果得分为90.15分") or as the
/// reporting unit's own ("我委得分98分"); a part's score ("产出指标得分30分") is none of these.
/// </summary>
public sealed class ProseResultScoreTests
{
    [Fact]
    public void A_final_score_without_its_unit_before_the_grade_is_the_projects_score()
    {
        var project = new Docs()
            .Para("某县2021年农村公路养护项目绩效评价报告")
            .Para("评价组设置26个三级指标对项目进行绩效评价，最终得分85.82，等级为良，现将有关情况报告如下。").Single();
        Assert.Equal(85.82, project.Score);
    }

    [Fact]
    public void The_score_of_the_evaluations_result_is_the_projects_score()
    {
        var project = new Docs()
            .Para("某园区管委会2021年产业发展项目支出绩效评价")
            .Para("客观、公正评价2021年产业发展项目资金使用情况，评定结果得分为90.15分，评定等次为“优”。").Single();
        Assert.Equal(90.15, project.Score);
    }

    [Fact]
    public void The_score_the_reporting_unit_gives_itself_is_the_projects_score()
    {
        var project = new Docs()
            .Para("某县发展和改革委员会2020年度预算绩效管理考核自评报告")
            .Para("我委高度重视，成立专班，认真组织绩效自评工作。经自评，我委得分98分，现将自评情况报告如下。").Single();
        Assert.Equal(98, project.Score);
    }

    [Fact]
    public void The_score_of_one_level_of_indicators_is_not_the_projects_score()
    {
        var project = new Docs()
            .Para("某县2022年农村饮水安全项目绩效自评报告")
            .Para("产出指标得分30分，效益指标得分28分，满意度指标得分9分。").Single();
        Assert.Null(project.Score);
    }

    [Theory]
    [InlineData("项目绩效评价总体得分95分，评价等级为优。", 95)]
    [InlineData("项目实际运行符合发展趋势，绩效评价整体得分85.81分，评价等次优秀。", 85.81)]
    [InlineData("评价分值:88.64分评价等级:良", 88.64)]
    [InlineData("对项目进行了客观评价，最终评分结果为90分，绩效评价等级为“优”。", 90)]
    [InlineData("按照部门整体支出绩效评价指标体系开展了绩效评价，综合评分为97分。", 97)]
    public void An_evaluation_s_overall_or_whole_score_stated_in_prose_is_the_projects_score(string sentence, double score)
    {
        var project = new Docs()
            .Para("某县2023年储备粮补贴项目绩效评价报告")
            .Para(sentence).Single();
        Assert.Equal(score, project.Score);
    }

    [Theory]
    [InlineData("资金到位率：该指标评价分值10分，资金全部到位得满分。")]
    [InlineData("评分10分，每降低1%扣0.5分。")]
    public void An_indicator_s_points_or_a_scoring_rule_in_prose_is_not_the_projects_score(string sentence)
    {
        var project = new Docs()
            .Para("某县2023年储备粮补贴项目绩效评价报告")
            .Para(sentence).Single();
        Assert.Null(project.Score);
    }
}

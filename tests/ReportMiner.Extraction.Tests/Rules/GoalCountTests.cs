namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Counts written inside their clause, before what they count (R268 "完成对…2059人进行避险搬迁", R120 "169处农村饮水工程
/// 维修养护", R289 "带动2437口回汉群众受益"): a result written so pairs with the goal that names the same measure.
/// </summary>
public sealed class GoalCountTests
{
    [Fact]
    public void A_count_inside_its_result_clause_pairs_with_the_goal_that_names_it()
    {
        var project = new Docs()
            .Para("某县2021年度库区后续扶持资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("实施护岸工程12处、新修机耕道8公里,对受洪水威胁群众实施搬迁安置350人。")
            .Para("二、绩效目标完成情况")
            .Para("完成护岸工程12处、新修机耕道9公里,完成对受洪水威胁群众362人实施搬迁安置。")
            .Single();
        var moved = Assert.Single(project.Indicators, i => i.Name == "对受洪水威胁群众实施搬迁安置");
        Assert.Equal((350.0, 362.0, true), (moved.Target!.Value, moved.Actual!.Value, moved.Met));
    }

    [Fact]
    public void A_count_inside_a_result_clause_that_pairs_with_no_goal_is_not_an_indicator()
    {
        var project = new Docs()
            .Para("某县2021年度小流域治理项目绩效自评报告")
            .Para("一、绩效目标")
            .Para("实施梯田改造50hm、新修生产道路6公里。")
            .Para("二、绩效目标完成情况分析")
            .Para("完成梯田改造52hm、新修生产道路6公里,为全镇12个村群众提供便利。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("群众", StringComparison.Ordinal));
    }
}

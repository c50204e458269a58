namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A third-party evaluation's score table heads its level-1 column with something other than 一级指标 ("内容", "评价
///内容") or nothing; the framework's level-1 labels written down that column (投入, 过程, 产出, 效果) make it the level 1.
/// </summary>
public sealed class EvaluationLevelColumnTests
{
    [Fact]
    public void Evaluation_framework_labels_down_an_unnamed_column_are_the_level_1_of_the_rows_beside_them()
    {
        var project = new Docs()
            .Para("某区2022年度社区养老服务补助资金绩效评价报告")
            .Table(
                "内容\t指标\t权重\t评分结果",
                "投入\t资金到位率\t5\t5",
                "^\t预算执行率\t5\t4.2",
                "过程\t财务制度健全性\t10\t8",
                "产出\t助餐服务人次\t20\t18")
            .Single();
        Assert.Equal(["投入", "投入", "过程", "产出"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["资金到位率", "预算执行率", "财务制度健全性", "助餐服务人次"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_column_that_also_holds_other_words_is_no_level_column()
    {
        var project = new Docs()
            .Para("某区2022年度社区养老服务补助资金绩效评价报告")
            .Table(
                "内容\t指标\t权重\t评分结果",
                "投入\t资金到位率\t5\t5",
                "助餐点\t助餐服务人次\t20\t18")
            .Single();
        Assert.All(project.Indicators, i => Assert.Null(i.Level1));
    }
}

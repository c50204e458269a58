namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A self-evaluation form's closing 总分 row may write its points with their unit ("总分 | 99.55分", R203 and R421 of
/// the real corpus; a Hubei form prints "总分: 分" to fill in): the figure is the project's score all the same.
/// </summary>
public sealed class TotalScoreUnitTests
{
    [Fact]
    public void A_total_row_whose_points_carry_their_unit_gives_the_score()
    {
        var project = TextReports.Single(
            "项目名称\t乡村道路养护项目",
            "一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t得分",
            "产出指标\t数量指标\t养护里程\t12公里\t12公里\t40",
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t96%\t58.5",
            "总分\t98.5分");
        Assert.Equal(98.5, project.Score);
    }

    [Fact]
    public void A_total_row_of_words_gives_no_score()
    {
        var project = TextReports.Single(
            "项目名称\t乡村道路养护项目",
            "一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t得分",
            "产出指标\t数量指标\t养护里程\t12公里\t12公里\t40",
            "总分\t优");
        Assert.Null(project.Score);
    }
}

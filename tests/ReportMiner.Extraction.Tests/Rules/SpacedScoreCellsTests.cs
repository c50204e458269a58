namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A self-evaluation form's score cell pair (自评得分 | 98) as a web page or a document-sharing site gives it once the
/// form lost its grid: the cells joined by spaces, or one cell per line.
/// </summary>
public sealed class SpacedScoreCellsTests
{
    [Fact]
    public void A_score_label_and_its_figure_on_a_spaced_form_line_give_the_project_score()
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称 初中公用经费",
            "主管部门 银川市教育局 实施单位 银川市第六中学 自评得分 98");
        Assert.Equal(98, project.Score);
    }

    [Fact]
    public void A_score_label_alone_on_its_line_takes_the_figure_on_the_line_below()
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称",
            "初中公用经费",
            "自评总分(分)",
            "97.6");
        Assert.Equal(97.6, project.Score);
    }

    [Fact]
    public void A_total_label_over_the_full_points_and_the_score_gives_the_score()
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称",
            "商品质量检测经费",
            "总分",
            "100",
            "99");
        Assert.Equal(99, project.Score);
    }

    [Fact]
    public void A_total_label_over_a_single_figure_gives_no_score()
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称",
            "商品质量检测经费",
            "总分",
            "100");
        Assert.Null(project.Score);
    }

    [Fact]
    public void A_line_that_names_table_columns_gives_no_score()
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称 初中公用经费",
            "序号 指标 分值 自评得分 1");
        Assert.Null(project.Score);
    }
}

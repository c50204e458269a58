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

    [Fact]
    public void A_score_column_heading_written_one_per_line_under_the_serial_heading_gives_no_score()
    {
        var project = TextReports.Single(
            "某县2023年度项目支出绩效自评表",
            "项目名称",
            "初中公用经费",
            "序号",
            "子项目名称",
            "自评得分",
            "1",
            "教师培训",
            "95");
        Assert.Null(project.Score);
    }

    [Fact]
    public void A_numbered_report_heading_named_for_the_score_does_not_take_the_page_number_below_it()
    {
        var project = TextReports.Single(
            "某县教育局初中公用经费项目绩效自评报告",
            "一、项目基本情况",
            "（三）自评得分",
            "3",
            "项目年初预算资金120万元，全年执行115万元。");
        Assert.Null(project.Score);
    }

    [Fact]
    public void A_score_stated_in_the_prose_wins_over_a_lone_figure_below_a_lone_score_label()
    {
        var project = TextReports.Single(
            "某县教育局初中公用经费项目绩效自评报告",
            "主管部门",
            "某县教育局",
            "自评得分",
            "3",
            "经自评，项目自评得分92分，评价等级为优。");
        Assert.Equal(92, project.Score);
    }

    [Theory]
    [InlineData("综合得分 100 87.5", 87.5)]
    [InlineData("总得分 100 92", 92)]
    public void A_total_label_that_is_also_a_score_label_over_the_full_points_and_the_score_gives_the_score(string line, double score)
    {
        var project = TextReports.Single(
            "某县2023年度项目支出绩效自评表",
            "项目名称 初中公用经费",
            "主管部门 某县教育局 实施单位 某县第一中学",
            line);
        Assert.Equal(score, project.Score);
    }

    [Fact]
    public void A_total_score_label_alone_on_its_line_over_the_full_points_and_the_score_gives_the_score()
    {
        var project = TextReports.Single(
            "某县2023年度项目支出绩效自评表",
            "项目名称",
            "初中公用经费",
            "主管部门",
            "某县教育局",
            "总得分",
            "100",
            "92");
        Assert.Equal(92, project.Score);
    }

    [Theory]
    [InlineData("5.")]
    [InlineData(".5")]
    public void A_figure_that_is_no_score_value_after_a_score_label_gives_no_score(string cell)
    {
        var project = TextReports.Single(
            "项目支出绩效自评表",
            "项目名称 初中公用经费",
            "主管部门 某县教育局 自评得分 " + cell);
        Assert.Null(project.Score);
    }
}

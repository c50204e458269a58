namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Unnamed 分值/得分 columns (blank header cells) are found from the numbers of the whole table: the rows after a
/// page break that cut a row's last cells onto lines of their own count too, and a row whose level cell is glued to
/// its name (every cell one column left) is no evidence against a column.
/// </summary>
public sealed class UnnamedPointsAcrossBrokenRowsTests
{
    private static readonly string[] Table =
    [
        "绩效指标\t一级指标\t二级指标\t三级指标\t\t年度指标值\t全年实际值\t\t偏差原因",
        "产出指标\t数量指标\t培训农民人次\t10\t300人次\t320人次\t10",
        "\t\t发放宣传手册\t10\t2000份\t2000份\t10",
        "\t\t新建示范基地面积\t500亩",
        "520亩",
        "\t质量指标\t技术到位率\t10\t95%\t96%\t10",
        "\t时效指标\t完成时间\t10\t10月底前\t10月20日\t10",
        "效益指标\t社会效益指标带动农户增收人数\t10\t150户\t160户\t10",
        "\t可持续影响指标\t示范带动作用\t10\t明显\t较明显\t8",
        "\t满意度指标\t受益农户满意度\t10\t≥90%\t93%\t10",
    ];

    [Fact]
    public void Points_columns_are_read_from_the_rows_on_both_sides_of_a_cut_off_row()
    {
        var project = TextReports.Single(Table);
        var trained = Assert.Single(project.Indicators, i => i.Name == "培训农民人次");
        Assert.Equal(10.0, trained.Weight);
        var effect = Assert.Single(project.Indicators, i => i.Name == "示范带动作用");
        Assert.Equal(10.0, effect.Weight);
        Assert.Equal(8.0, effect.Score);
    }
}

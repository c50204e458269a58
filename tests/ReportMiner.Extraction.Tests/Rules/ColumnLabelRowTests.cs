using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A header split over two rows leaves its second line ("名称" under 一级指标 / 二级指标 / 三级指标) where the first
/// indicator would go, and a level cell cut from its label leaves a bare "指标" there (R193, R194, R321).
/// No indicator is named by a column label alone.
/// </summary>
public sealed class ColumnLabelRowTests
{
    [Fact]
    public void The_second_line_of_a_two_row_header_is_not_an_indicator()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "名称\t名称\t名称",
            "产出指标\t数量指标\t培训人次\t≥200人次\t230人次",
            "效益指标\t社会效益指标\t就业带动人数\t≥50人\t61人");
        Assert.DoesNotContain(project.Indicators, i => i.Name == "名称");
        Assert.Contains(project.Indicators, i => i.Name == "培训人次");
    }

    [Theory]
    [InlineData("名称")]
    [InlineData("指标")]
    [InlineData(" 指标名称 ")]
    public void A_bare_column_label_is_recognised_as_one(string text) => Assert.True(IndicatorNames.IsColumnLabelWord(text));

    [Theory]
    [InlineData("指标完成率")]
    [InlineData("项目名称规范性")]
    public void A_name_that_merely_contains_a_label_word_is_a_name(string text) => Assert.False(IndicatorNames.IsColumnLabelWord(text));
}

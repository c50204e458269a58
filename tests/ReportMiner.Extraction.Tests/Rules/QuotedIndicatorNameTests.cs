using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Whole-department score tables name indicators after a quoted term ("“三公经费”变动率", "“三公经费”控制率"); the name
/// is kept as filled in, quotes paired.
/// </summary>
public sealed class QuotedIndicatorNameTests
{
    [Fact]
    public void A_name_opening_with_a_quoted_term_keeps_its_opening_quote()
    {
        Assert.Equal("“三公经费”变动率", IndicatorNames.Clean("“三公经费”变动率"));
        Assert.Equal("“一件事一次办”主题项目数", IndicatorNames.Clean("“一件事一次办”主题项目数"));
    }

    [Fact]
    public void A_stray_quote_with_no_closing_one_is_still_trimmed()
    {
        Assert.Equal("三公经费控制率", IndicatorNames.Clean("“三公经费控制率"));
        Assert.Equal("三公经费", IndicatorNames.Clean("“三公经费”"));
    }

    [Fact]
    public void A_score_table_row_named_after_a_quoted_term_keeps_the_quotes()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t评分标准\t分值\t自评得分",
            "投入（15分）\t预算配置（15分）\t在职人员控制率\t控制率≤100%，计5分；每超过一个百分点扣0.5分\t5\t5",
            "“三公经费”变动率\t变动率≤0，计5分；每超过一个百分点扣0.5分\t5\t4");
        Assert.Equal(["在职人员控制率", "“三公经费”变动率"], project.Indicators.Select(i => i.Name));
        Assert.Equal([5.0, 4.0], project.Indicators.Select(i => i.Score!.Value));
    }
}

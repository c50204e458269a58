using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A spaced row whose cells hold one character each ("是 是" under 指标值 and 完成值, "优 良 中 差" as a 评价标准 header):
/// those are as many cells, not one word the export spaced apart, as "绩 效 指 标" is.
/// </summary>
public sealed class SpacedOneCharacterCellsTests
{
    [Fact]
    public void Two_yes_no_cells_side_by_side_stay_two_cells()
    {
        Assert.Equal(["质量指标", "种薯采购价格不高于市场价", "是", "是", "10", "10"],
            SpacedCells.Of("质量指标 种薯采购价格不高于市场价 是 是 10 10"));
    }

    [Fact]
    public void A_grade_scale_header_keeps_a_column_for_each_grade()
    {
        Assert.Equal(["项目指标类型", "绩效指标", "绩效目标", "优", "良", "中", "差"], SpacedCells.Of("项目指标类型 绩效指标 绩效目标 优 良 中 差"));
    }

    [Fact]
    public void A_two_character_grade_under_target_and_actual_is_read_as_that_grade_twice()
    {
        Assert.Equal(["质量指标", "工程质量等级", "优良", "优良", "10", "10"], SpacedCells.Of("质量指标 工程质量等级 优 良 优 良 10 10"));
    }

    [Fact]
    public void A_word_spaced_apart_character_by_character_is_still_joined()
    {
        Assert.Equal(["绩效指标", "一级指标"], SpacedCells.Of("绩 效 指 标 一级指标"));
    }

    [Fact]
    public void A_row_whose_target_and_actual_are_yes_keeps_both()
    {
        var project = new Docs()
            .Para("某县马铃薯种薯繁育项目绩效自评表")
            .Para("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")
            .Para("产出指标 数量指标 种薯繁育面积 ≥300亩 320亩 20 20")
            .Para("成本指标 种薯采购价格不高于市场价 是 是 10 10")
            .Para("效益指标 社会效益指标 带动农户数 ≥50户 60户 20 20")
            .Single();
        var row = project.Indicators.Single(i => i.Name == "种薯采购价格不高于市场价");
        Assert.Equal("是", row.Target!.Text);
        Assert.Equal("是", row.Actual!.Text);
        Assert.Equal(10, row.Weight);
    }
}

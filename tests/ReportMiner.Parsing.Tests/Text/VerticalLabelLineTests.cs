namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A page's text that wrote a narrow form cell's label one character a line ("产" / "出" / "指" / "标").</summary>
public sealed class VerticalLabelLineTests
{
    [Fact]
    public void A_level_label_written_one_character_a_line_joins_the_row_its_last_character_opens()
    {
        var document = TextParsing.Parse("一级指标 二级指标 三级指标 年度指标值\n产\n出\n指\n标 数量指标 维修设备数量 ≥5套\n质量指标 放映质量 明显\n");
        var lines = document.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(["一级指标 二级指标 三级指标 年度指标值", "产出指标 数量指标 维修设备数量 ≥5套", "质量指标 放映质量 明显"], lines);
    }

    [Fact]
    public void A_side_label_written_one_character_a_line_is_one_line_again()
    {
        var document = TextParsing.Parse("绩\n效\n指\n标\n一级\n");
        Assert.Equal("绩效指标", document.Paragraphs.First().Text);
    }

    [Fact]
    public void Single_characters_that_spell_no_label_stay_lines_of_their_own()
    {
        var document = TextParsing.Parse("大\n中\n小\n是\n是\n效益指标\n");
        Assert.Equal(["大", "中", "小", "是", "是", "效益指标"], document.Paragraphs.Select(p => p.Text).ToList());
    }
}

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A page's text that wrapped a narrow form cell over two lines ("经济效益" / "指标").</summary>
public sealed class WrappedLabelTailTests
{
    [Fact]
    public void A_level_label_wrapped_before_its_last_word_is_one_line_again_across_blank_lines()
    {
        var document = TextParsing.Parse("效益指标\n\n经济效益\n\n指标\n\n年增产量\n\n≥3000公斤\n");
        var lines = document.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(["效益指标", "经济效益指标", "年增产量", "≥3000公斤"], lines);
    }

    [Fact]
    public void The_wrapped_tail_joins_the_last_cell_of_a_space_separated_row()
    {
        var document = TextParsing.Parse("绩效指标 项目完成\n指标\n数量指标 受益人数 63人\n");
        Assert.Equal("绩效指标 项目完成指标", document.Paragraphs.First().Text);
    }

    [Fact]
    public void A_tail_under_a_sentence_stays_a_line_of_its_own()
    {
        var document = TextParsing.Parse("本年度完成了全部建设任务，详见下表。\n指标\n");
        Assert.Equal(["本年度完成了全部建设任务，详见下表。", "指标"], document.Paragraphs.Select(p => p.Text).ToList());
    }
}

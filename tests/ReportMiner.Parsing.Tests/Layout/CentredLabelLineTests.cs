using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// A borderless form's label centred between the two lines of its wrapped value, on a line of its own, that no table
/// took: the label and its value read as one line.
/// </summary>
public sealed class CentredLabelLineTests
{
    [Fact]
    public void A_label_centred_between_the_two_lines_of_its_value_reads_before_the_whole_value()
    {
        var page = new SyntheticPage(1)
            .Word("2022年度项目支出绩效自评表", 50, 60)
            .Word("春节走访慰问经", 130, 100)
            .Word("项目名称", 50, 105.5)
            .Word("费", 130, 111)
            .Word("以上为自评结果。", 50, 160);

        var texts = ParagraphTexts(page);

        Assert.Contains("项目名称 春节走访慰问经费", texts);
        Assert.DoesNotContain("项目名称", texts);
    }

    [Fact]
    public void A_heading_beside_a_longer_paragraph_is_left_where_it_stands()
    {
        var page = new SyntheticPage(1)
            .Word("门;是组织指导、开展群众文化活动", 130, 100)
            .Word("职能职责", 50, 105.5)
            .Word("文化、弘扬和传承民族民间文化", 130, 111)
            .Word("要载体之一;是向社会免费开放。", 130, 122);

        var texts = ParagraphTexts(page);

        Assert.DoesNotContain(texts, t => t.StartsWith("职能职责 门", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_on_the_middle_line_of_its_three_line_value_reads_before_the_whole_value()
    {
        var page = new SyntheticPage(1)
            .Word("2022年度项目支出绩效自评表", 50, 60)
            .Word("黄石市系统化全域海绵城", 130, 100)
            .Word("项目名称", 50, 111)
            .Word("市示范城市的申报工作经", 130, 111)
            .Word("费", 130, 122)
            .Word("以上为自评结果。", 50, 170);

        var texts = ParagraphTexts(page);

        Assert.Contains("项目名称 黄石市系统化全域海绵城市示范城市的申报工作经费", texts);
    }

    [Fact]
    public void A_heading_beside_the_second_line_of_a_longer_paragraph_is_left_where_it_stands()
    {
        var page = new SyntheticPage(1)
            .Word("门;是组织指导、开展群众文化活动", 130, 100)
            .Word("职能职责", 50, 111)
            .Word("文化、弘扬和传承民族民间文化活", 130, 111)
            .Word("动的重要载体之一;是向社会免费", 130, 122)
            .Word("开放。", 130, 133);

        var texts = ParagraphTexts(page);

        Assert.DoesNotContain(texts, t => t.StartsWith("职能职责 门", StringComparison.Ordinal));
    }

    private static List<string> ParagraphTexts(SyntheticPage page) => Lay(page.Build()).Paragraphs.Select(p => p.Text).ToList();
}

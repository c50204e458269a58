using ReportMiner.Parsing.Layout;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class ParagraphTests
{
    // Right margin at 550: a 50-character line of 10 pt characters starting at 50 fills the text width.
    private static string Full(char c) => new(c, 50);

    [Fact]
    public void Lines_that_fill_the_width_continue_a_paragraph_and_a_short_line_ends_it()
    {
        var page = new SyntheticPage(1)
            .Line("一、基本情况", 50, 100)
            .Line(Full('甲'), 50, 118).Line(Full('乙'), 50, 136).Line("丙结束。", 50, 154)
            .Line(Full('丁'), 50, 172).Line("戊。", 50, 190);

        var texts = Lay(page.Build()).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(["一、基本情况", Full('甲') + Full('乙') + "丙结束。", Full('丁') + "戊。"], texts);
    }

    [Fact]
    public void A_line_ending_before_a_long_number_that_did_not_fit_is_not_a_paragraph_end()
    {
        var page = new SyntheticPage(1)
            .Line(new string('甲', 47), 50, 100).Word("2871.7436", 50, 118, 6).Word("万件，完成。", 110, 118)
            .Line(Full('乙'), 50, 136).Line(Full('丙'), 50, 154);

        var first = Lay(page.Build()).Paragraphs.First().Text;

        Assert.StartsWith(new string('甲', 47) + "2871.7436万件", first);
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_break_is_joined_and_page_numbers_and_running_headers_are_dropped()
    {
        PageWords Page(int n, params (string Text, double Y)[] body)
        {
            var p = new SyntheticPage(n).Line("某某项目绩效评价报告", 200, 20).Line($"第 {n} 页", 280, 770);
            foreach (var (text, y) in body) p.Line(text, 50, y);
            return p.Build();
        }

        var doc = Lay(
            Page(1, (Full('甲'), 100), (Full('乙'), 118), (Full('丙'), 136), (Full('丁'), 154)),
            Page(2, ("续完。", 100), (Full('戊'), 118), ("己。", 136)),
            Page(3, (Full('庚'), 100), ("辛。", 118)));

        var texts = doc.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal([Full('甲') + Full('乙') + Full('丙') + Full('丁') + "续完。", Full('戊') + "己。", Full('庚') + "辛。"], texts);
        Assert.Equal(1, doc.Paragraphs.First().Provenance.Page);
    }

    [Fact]
    public void Cjk_is_joined_without_spaces_and_latin_words_with_one()
    {
        var page = new SyntheticPage(1)
            .Word("预算", 50, 100).Word("2021", 72, 100, 6).Word("年", 98, 100)
            .Word("total", 120, 100, 6).Word("amount", 155, 100, 6);

        Assert.Equal("预算2021年total amount", Lay(page.Build()).Paragraphs.Single().Text);
    }

    [Fact]
    public void A_wide_gap_between_fields_of_one_line_keeps_a_space_even_in_cjk()
    {
        var page = new SyntheticPage(1).Word("填报单位：网格中心", 50, 100).Word("跟踪期限：1-9月份", 300, 100);

        Assert.Equal("填报单位：网格中心 跟踪期限：1-9月份", Lay(page.Build()).Paragraphs.Single().Text);
    }

    [Fact]
    public void One_line_items_of_uneven_length_far_short_of_the_mirrored_margin_stay_separate_paragraphs()
    {
        // Left margin 50 on a 600 pt page: text could run to 550, yet no item passes 320.
        string[] items = ["某镇村道绿化美化项目一百万元", "乙", "某林场防火交通工具购置二十万元", "防火隔离带建设五十万元",
            "林地保护利用规划编制八万元", "中介机构风险普查工作二十六万元", "某区松材线虫病除治监理和检查验收项目十万元", "石漠化调查九万元"];
        var page = new SyntheticPage(1);
        for (var i = 0; i < items.Length; i++) page.Line(items[i], 50, 100 + 27 * i);

        var texts = Lay(page.Build()).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(items, texts);
    }

    [Fact]
    public void A_narrow_justified_column_still_wraps_into_one_paragraph()
    {
        var page = new SyntheticPage(1)
            .Line(new string('甲', 25), 50, 100).Line(new string('乙', 25), 50, 114).Line(new string('丙', 25), 50, 128)
            .Line(new string('丁', 25), 50, 142).Line("戊。", 50, 156);

        var text = Lay(page.Build()).Paragraphs.Single().Text;

        Assert.Equal(new string('甲', 25) + new string('乙', 25) + new string('丙', 25) + new string('丁', 25) + "戊。", text);
    }

    [Fact]
    public void A_line_ending_before_a_character_and_its_closing_quote_that_did_not_fit_is_not_a_paragraph_end()
    {
        // The second line stops 20 pt short: room for 防 but not for 防” (a closing quote may not start a line).
        var page = new SyntheticPage(1)
            .Line(Full('甲'), 50, 100).Line(new string('乙', 46) + "“九", 50, 118).Line("防”要求。", 50, 136)
            .Line(Full('丙'), 50, 154).Line("丁。", 50, 172);

        var first = Lay(page.Build()).Paragraphs.First().Text;

        Assert.Equal(Full('甲') + new string('乙', 46) + "“九防”要求。", first);
    }

    [Fact]
    public void Spacing_after_paragraphs_ends_a_paragraph_even_when_most_paragraphs_are_one_line()
    {
        // Lines inside a paragraph 4 pt apart, paragraphs 11 pt apart; most paragraphs are one short line.
        var page = new SyntheticPage(1);
        var y = 100.0;
        foreach (var label in new[] { "标题", "编号：一二三", "大小：四十五", "页数：二页", "时间：某日", "资源描述：" })
        {
            page.Line(label, 50, y);
            y += 21;
        }
        page.Line(Full('甲'), 50, y).Line("1、" + new string('乙', 48), 50, y + 21).Line(Full('丙'), 50, y + 35).Line("丁。", 50, y + 49)
            .Line("2、" + new string('戊', 48), 50, y + 70).Line("己。", 50, y + 84);

        var texts = Lay(page.Build()).Paragraphs.Select(p => p.Text).Skip(6).ToList();

        Assert.Equal([Full('甲'), "1、" + new string('乙', 48) + Full('丙') + "丁。", "2、" + new string('戊', 48) + "己。"], texts);
    }

    [Fact]
    public void A_ragged_narrow_column_of_wrapped_words_stays_one_paragraph()
    {
        // Wrapped at word boundaries to 210 pt: the lines end unevenly, each short of the next line's first word.
        string[] lines = ["Call back a sample of residents every week", "and reopen the cases they rate as unresolved",
            "before the month closes so that the office", "can learn from them"];
        var page = new SyntheticPage(1);
        for (var i = 0; i < lines.Length; i++) Prose(page, lines[i], 50, 100 + 14 * i);

        var text = Lay(page.Build()).Paragraphs.Single().Text;

        Assert.Equal(string.Join(' ', lines), text);
    }

    [Fact]
    public void A_ragged_paragraph_among_short_lines_wraps_at_its_longest_line()
    {
        // Two address lines and a paragraph whose first line, ragged, stops 52 pt short of the mirrored margin at 550.
        var page = new SyntheticPage(1).Line("某某街道", 50, 100).Line("某某社区", 50, 114);
        Prose(page, "Please pay by bank transfer to the account below and quote the invoice number. Goods remain ours", 50, 128);
        Prose(page, "until paid for in full.", 50, 142);

        var texts = Lay(page.Build()).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(["某某街道", "某某社区", "Please pay by bank transfer to the account below and quote the invoice number. Goods remain ours until paid for in full."], texts);
    }

    [Fact]
    public void Chinese_lines_ending_well_short_of_the_mirrored_margin_are_separate_paragraphs()
    {
        // A page's few header lines: the longest ends at 450 of a text width running to 550, and the next would fit.
        var page = new SyntheticPage(1)
            .Line("索引号一二三四五六七八九十发布机构某某县某某某某某某某某某某某某某某某某某某某某", 50, 100).Line("公开目录自评报告", 50, 114)
            .Line("发布日期某年某月", 50, 128);

        var texts = Lay(page.Build()).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(3, texts.Count);
    }
}

using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class UnruledContinuedPageTests
{
    private static SyntheticPage Row(SyntheticPage page, double y, string level1, string level2, string name, string target, string actual)
    {
        if (level1.Length > 0) page.Word(level1, 50, y);
        if (level2.Length > 0) page.Word(level2, 150, y);
        return page.Word(name, 250, y).Word(target, 380, y, Digit).Word(actual, 480, y, Digit);
    }

    private static SyntheticPage FirstPage()
    {
        var page = Row(new SyntheticPage(1), 600, "一级指标", "二级指标", "三级指标", "指标值", "完成值");
        Row(page, 630, "产出指标", "数量指标", "培训人数", "≥100人", "120人");
        Row(page, 660, "", "", "示范面积", "≥500亩", "520亩");
        Row(page, 690, "", "", "发放数量", "≥80套", "85套");
        return Row(page, 720, "", "", "覆盖村数", "≥12个", "12个");
    }

    [Fact]
    public void Rows_carried_onto_the_next_page_without_a_header_keep_the_columns_of_the_table_they_continue()
    {
        var second = Row(new SyntheticPage(2), 40, "", "质量指标", "合格率", "≥95%", "98%");
        Row(second, 70, "", "", "验收率", "100%", "100%");
        Row(second, 100, "", "时效指标", "完成率", "100%", "100%");

        var table = Assert.Single(Lay(FirstPage().Build(), second.Build()).Tables);

        Assert.Equal(8, table.RowCount);
        Assert.Equal(["", "质量指标", "合格率", "≥95%", "98%"], table.RowTexts(5));
        Assert.Equal(["", "", "验收率", "100%", "100%"], table.RowTexts(6));
        Assert.Equal(2, table.LastPage);
    }

    [Fact]
    public void A_new_table_opening_the_next_page_with_columns_of_its_own_stays_a_table_of_its_own()
    {
        var second = new SyntheticPage(2);
        foreach (var (y, a, b, c) in new[] { (40.0, "分值", "得分", "扣分"), (70, "20", "18", "2"), (100, "30", "30", "0"), (130, "50", "45", "5") })
            second.Word("项目", 200, y).Word(a, 300, y, Digit).Word(b, 340, y, Digit).Word(c, 420, y, Digit);

        Assert.Equal(2, Lay(FirstPage().Build(), second.Build()).Tables.Count());
    }
}

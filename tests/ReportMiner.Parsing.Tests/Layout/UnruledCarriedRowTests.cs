using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class UnruledCarriedRowTests
{
    // A table that ends the page with rows of one group: its stub's last line (产出指标) ends far short of the stub
    // column's edge, so no stub text goes on past the break.
    private static SyntheticPage FirstPage()
    {
        var page = QuantityGroupPage();
        Row(page, 720, "质量指标", "验收合格率", "≥95%", "98%");
        return Row(page, 750, "", "抽检合格率", "≥90%", "93%");
    }

    [Fact]
    public void A_label_alone_in_the_stub_column_atop_the_next_page_names_a_row_of_its_own_where_the_stub_ended_short_of_its_edge()
    {
        // A group whose cells are empty (时效指标) opens the page, then two rows: too few to show the columns by themselves.
        var second = new SyntheticPage(2).Word("时效指标", 50, 40);
        Row(second.Word("成本指标", 50, 70), 70, "经济成本", "建设成本", "≤50万元", "48万元");
        Row(second.Word("效益指标", 50, 100), 100, "社会效益", "受益人数", "≥100人", "120人");

        var table = Assert.Single(Lay(FirstPage().Build(), second.Build()).Tables);

        Assert.Equal(2, table.LastPage);
        Assert.Equal(["|质量指标|抽检合格率|≥90%|93%", "时效指标||||", "成本指标|经济成本|建设成本|≤50万元|48万元", "效益指标|社会效益|受益人数|≥100人|120人"],
            Rows(table).TakeLast(4));
    }

    [Fact]
    public void One_or_two_rows_carried_onto_the_next_page_go_on_in_the_table_they_were_cut_from()
    {
        var second = new SyntheticPage(2);
        Row(second, 40, "", "验收率", "≥95%", "98%");
        Row(second, 70, "", "完成率", "≥90%", "95%");
        second.Word("注：本表由项目实施单位填报，主管部门审核后报送财政部门。", 50, 200);

        var table = Assert.Single(Lay(FirstPage().Build(), second.Build()).Tables);

        Assert.Equal(2, table.LastPage);
        Assert.Equal(["|质量指标|抽检合格率|≥90%|93%", "||验收率|≥95%|98%", "||完成率|≥90%|95%"], Rows(table).TakeLast(3));
    }

    private static IEnumerable<string> Rows(ReportMiner.Documents.Model.Table table) =>
        Enumerable.Range(0, table.RowCount).Select(r => string.Join("|", table.RowTexts(r)));
}

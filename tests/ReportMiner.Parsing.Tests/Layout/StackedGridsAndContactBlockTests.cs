using ReportMiner.Documents.Model;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Ruled grids touching one under the other, a form's blocks in one frame, tables of one kind side by side at
/// one row pitch, and a notice's contact block (the dev9 set's classes).</summary>
public sealed class StackedGridsAndContactBlockTests
{
    [Fact]
    public void Two_ruled_grids_drawn_one_under_the_other_are_two_tables()
    {
        // The lower grid starts on the upper one's bottom rule; no inner vertical of one lines up with one of the other.
        var page = new SyntheticPage(1);
        double[] upperRows = [100, 115, 130, 145, 160], lowerRows = [160, 178, 196, 214];
        page.Grid([50, 230, 335, 440, 545], upperRows).Grid([50, 300, 420, 545], lowerRows);
        for (var r = 0; r < upperRows.Length - 1; r++)
            page.Word($"Fund{r}", 55, upperRows[r] + 3, Digit).Word($"{10 + r}", 240, upperRows[r] + 3, Digit)
                .Word($"{20 + r}", 345, upperRows[r] + 3, Digit).Word($"{30 + r}", 450, upperRows[r] + 3, Digit);
        for (var r = 0; r < lowerRows.Length - 1; r++)
            page.Word($"Output{r}", 55, lowerRows[r] + 5, Digit).Word($"{40 + r}", 310, lowerRows[r] + 5, Digit)
                .Word($"{50 + r}", 430, lowerRows[r] + 5, Digit);

        var tables = Lay(page.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Fund3", "13", "23", "33"], tables[0].RowTexts(3));
        Assert.Equal(4, tables[0].RowCount);
        Assert.Equal(["Output0", "40", "50"], tables[1].RowTexts(0));
        Assert.Equal(3, tables[1].RowCount);
    }

    [Fact]
    public void A_forms_budget_block_on_its_indicator_block_stays_one_table()
    {
        // The budget block's label spans the indicator block's two level columns; the other verticals go on through
        // both blocks.
        var page = new SyntheticPage(1);
        double[] ys = [100, 120, 140, 160, 180, 200, 220];
        page.Horizontal(ys[0], 40, 555);
        foreach (var y in ys.Skip(1)) page.Horizontal(y, 40, 555);
        page.Vertical(40, ys[0], ys[^1]).Vertical(555, ys[0], ys[^1]);
        page.Vertical(95, ys[3], ys[^1]);
        foreach (var x in new double[] { 160, 270, 335, 400 }) page.Vertical(x, ys[0], ys[^1]);
        page.Word("项目资金", 45, 125, Digit).Word("年初预算数", 275, 105, Digit).Word("全年执行数", 340, 105, Digit);
        page.Word("年度资金总额", 165, 125, Digit).Word("284.79", 275, 125, Digit).Word("229.52", 340, 125, Digit);
        page.Word("其中：财政拨款", 165, 145, Digit).Word("66.09", 275, 145, Digit).Word("60.71", 340, 145, Digit);
        page.Word("一级指标", 45, 165, Digit).Word("二级指标", 100, 165, Digit).Word("三级指标", 165, 165, Digit).Word("指标值", 275, 165, Digit);
        for (var r = 4; r < 6; r++)
            page.Word("产出", 45, ys[r] + 5, Digit).Word("数量", 100, ys[r] + 5, Digit).Word($"里程{r}", 165, ys[r] + 5, Digit)
                .Word($"{90 + r}%", 275, ys[r] + 5, Digit).Word($"{80 + r}%", 340, ys[r] + 5, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(6, table.RowCount);
    }

    [Fact]
    public void Two_tables_of_one_kind_side_by_side_at_one_row_pitch_are_two_tables()
    {
        // Both open with the stub heading "Area" but count other things; their rows share baselines.
        var page = new SyntheticPage(1);
        string[] areas = ["Ashford", "Barnet", "Crawley", "Dartford", "Epsom", "Fareham", "Gosport"];
        page.Word("Area", 50, 100, Digit).Word("Area", 312, 100, Digit);
        Right(page, "Killed", 200, 100); Right(page, "Injured", 270, 100);
        Right(page, "Cars", 462, 100); Right(page, "Vans", 532, 100);
        for (var r = 0; r < areas.Length; r++)
        {
            var y = 113 + 13 * r;
            page.Word(areas[r], 50, y, Digit).Word(areas[r], 312, y, Digit);
            Right(page, $"{10 + r}", 200, y); Right(page, $"3,{100 + 17 * r}", 270, y);
            Right(page, $"{20 + r}", 462, y); Right(page, $"5,{100 + 23 * r}", 532, y);
        }

        var tables = Lay(page.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Area", "Killed", "Injured"], tables[0].RowTexts(0));
        Assert.Equal(["Area", "Cars", "Vans"], tables[1].RowTexts(0));
        Assert.Equal(["Crawley", "22", "5,146"], tables[1].RowTexts(3));
    }

    [Fact]
    public void A_notices_contact_block_of_labels_ending_in_colons_is_text_not_a_table()
    {
        var page = new SyntheticPage(1);
        Prose(page, "请各单位于规定时间前将监控表报送县财政局绩效管理股。", 80, 80);
        // The first label is spaced out to the width of the longest: 联 系 人：
        page.Word("联", 80, 110, SyntheticPage.Size).Word("系", 95, 110, SyntheticPage.Size).Word("人：", 110, 110, SyntheticPage.Size)
            .Word("王明", 170, 110, Digit);
        string[][] lines = [["联系电话：", "0371-65432100"], ["传真：", "0371-65432101"], ["地址：", "县政务服务中心三楼"]];
        for (var r = 0; r < lines.Length; r++)
            page.Word(lines[r][0], 80, 130 + 20 * r, SyntheticPage.Size).Word(lines[r][1], 170, 130 + 20 * r, Digit);

        var document = Lay(page.Build());

        Assert.Empty(document.Tables);
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => p.Text.Contains("0371-65432101"));
    }

    [Fact]
    public void A_two_column_table_whose_labels_do_not_all_end_in_colons_stays_a_table()
    {
        var page = new SyntheticPage(1);
        string[][] lines = [["项目", "金额"], ["人员经费：", "120.5"], ["公用经费：", "80.2"], ["项目支出", "300.0"]];
        for (var r = 0; r < lines.Length; r++)
            page.Word(lines[r][0], 80, 110 + 16 * r, SyntheticPage.Size).Word(lines[r][1], 200, 110 + 16 * r, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["公用经费：", "80.2"], table.RowTexts(2));
    }

    [Fact]
    public void A_stub_header_set_midway_between_two_header_lines_spans_them_without_a_row_of_its_own()
    {
        // "Sector" sits between the group labels and the years under them, on a line of its own (as LibreOffice
        // sets a cell merged over two header rows, centred). With header lines 40 pt apart the code before the fix
        // gave the stub three rows and left an empty row under the group labels; at 25 pt it already read it right.
        var page = new SyntheticPage(1);
        page.Word("Male", 217, 40, Digit).Word("Female", 352, 40, Digit).Word("Sector", 59, 60, Digit);
        double[] ends = [225, 295, 365, 437];
        foreach (var (x, k) in ends.Select((x, k) => (x, k))) Right(page, k % 2 == 0 ? "2023" : "2024", x, 80);
        string[] sectors = ["Farming", "Fishing", "Mining", "Factories", "Shops"];
        for (var r = 0; r < sectors.Length; r++)
        {
            var y = 105 + 25 * r;
            page.Word(sectors[r], 59, y, Digit);
            foreach (var (x, k) in ends.Select((x, k) => (x, k))) Right(page, $"{k + 1},{100 + 7 * r}", x, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        var stub = Assert.Single(table.Cells, c => c.Text == "Sector");
        Assert.Equal((0, 2), (stub.Row, stub.RowSpan));
        Assert.Equal(["2023", "2024", "2023", "2024"], table.RowCells(1).Select(c => c.Text).ToArray());
        Assert.Equal("Farming", table.RowTexts(2)[0]);
    }
}

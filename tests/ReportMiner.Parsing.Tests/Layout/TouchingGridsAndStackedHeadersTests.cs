using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Ruled grids drawn side by side from one top line, tables side by side without rules at pitches of their
/// own, columns one space apart, and a year set over its currency unit (the dev8 set's classes).</summary>
public sealed class TouchingGridsAndStackedHeadersTests
{
    [Fact]
    public void Two_ruled_grids_drawn_from_one_top_line_are_two_tables_even_where_one_row_ends_level_with_the_other()
    {
        // Their top borders join into one rule over both, and the left grid's fourth row rule is level with the right
        // one's third; every other row rule stops at the border they share.
        var page = new SyntheticPage(1);
        double[] leftRows = [100, 115, 130, 145, 160, 175], rightRows = [100, 120, 140, 160, 180];
        page.Grid([50, 130, 200], leftRows).Grid([200, 280, 350], rightRows);
        for (var r = 0; r < leftRows.Length - 1; r++) page.Word($"L{r}", 55, leftRows[r] + 3, Digit).Word($"{10 + r}", 135, leftRows[r] + 3, Digit);
        for (var r = 0; r < rightRows.Length - 1; r++) page.Word($"R{r}", 205, rightRows[r] + 5, Digit).Word($"{20 + r}", 285, rightRows[r] + 5, Digit);

        var tables = Lay(page.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        var rows = tables.Select(t => Enumerable.Range(0, t.RowCount).Select(r => string.Join(" ", t.RowTexts(r))).Where(r => r.Trim().Length > 0).ToList()).ToList();
        Assert.Equal(["L0 10", "L1 11", "L2 12", "L3 13", "L4 14"], rows[0]);
        Assert.Equal(["R0 20", "R1 21", "R2 22", "R3 23"], rows[1]);
    }

    [Fact]
    public void A_ruled_table_whose_first_columns_merge_their_rows_in_groups_stays_one_table()
    {
        // 一级指标 merged over four rows, 二级指标 over two: their row rules stop at the next column's border, but
        // wherever one side's rule stops, the other side's rule goes on through the same point.
        var page = new SyntheticPage(1);
        double[] xs = [50, 120, 200, 300, 380];
        double[] ys = [100, 115, 130, 145, 160, 175, 190, 205, 220];
        foreach (var x in xs) page.Vertical(x, ys[0], ys[^1]);
        page.Horizontal(ys[0], xs[0], xs[^1]).Horizontal(ys[^1], xs[0], xs[^1]).Horizontal(ys[4], xs[0], xs[^1]);
        foreach (var k in new[] { 2, 6 }) page.Horizontal(ys[k], xs[1], xs[^1]);
        foreach (var k in new[] { 1, 3, 5, 7 }) page.Horizontal(ys[k], xs[2], xs[^1]);
        page.Word("产出", 55, 140, Digit).Word("效益", 55, 200, Digit);
        for (var k = 0; k < 4; k++) page.Word($"二级{k}", 125, ys[2 * k] + 10, Digit);
        for (var r = 0; r < 8; r++) page.Word($"指标{r}", 205, ys[r] + 3, Digit).Word($"{90 + r}%", 305, ys[r] + 3, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(8, table.RowCount);
        Assert.Equal(4, table.ColumnCount);
    }

    [Fact]
    public void A_year_set_over_its_currency_unit_is_a_header_row_of_its_own()
    {
        // "2025" over "£'000" in each figure column, closer together than the rows: wider together than any figure
        // under them, as a wrapped header would be, but a year is a column's whole name.
        var page = new SyntheticPage(1);
        page.Word("Note", 300, 100, Digit);
        Right(page, "2025", 420, 100);
        Right(page, "2024", 500, 100);
        Right(page, "£'000", 420, 111);
        Right(page, "£'000", 500, 111);
        string[] labels = ["Revenue", "Cost of sales", "Gross profit", "Other income", "Operating profit"];
        for (var r = 0; r < labels.Length; r++)
        {
            var y = 130 + 14 * r;
            page.Word(labels[r], 50, y, Digit);
            if (r % 2 == 0) page.Word($"{r + 3}", 306, y, Digit);
            Right(page, $"{40 + r},{118 + r}", 420, y);
            Right(page, $"{30 + r},{207 + r}", 500, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["", "Note", "2025", "2024"], table.RowTexts(0));
        Assert.Equal(["", "", "£'000", "£'000"], table.RowTexts(1));
        Assert.Equal(["Revenue", "3", "40,118", "30,207"], table.RowTexts(2));
    }

    [Fact]
    public void Two_unruled_tables_side_by_side_at_different_row_pitches_are_two_tables()
    {
        // Rows every 14 pt on the left, every 19 pt on the right: the line builder would join words of the two that
        // overlap in height into one line.
        var page = new SyntheticPage(1);
        string[] left = ["Partner", "Canada", "China", "Japan", "Korea", "Mexico", "Spain", "Chile"];
        string[] right = ["Partner", "Brazil", "France", "India", "Italy", "Peru", "Oman"];
        for (var r = 0; r < left.Length; r++)
        {
            var y = 100 + 14 * r;
            page.Word(left[r], 50, y, Digit);
            Right(page, r == 0 ? "Imports" : $"{r},{210 + r}", 160, y);
            Right(page, r == 0 ? "Share" : $"{r + 10}.{r}", 210, y);
        }
        for (var r = 0; r < right.Length; r++)
        {
            var y = 100 + 19 * r;
            page.Word(right[r], 270, y, Digit);
            Right(page, r == 0 ? "Exports" : $"{r},{460 + r}", 380, y);
            Right(page, r == 0 ? "Share" : $"{r + 20}.{r}", 430, y);
        }

        var tables = Lay(page.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Partner", "Imports", "Share"], tables[0].RowTexts(0));
        Assert.Equal(["Spain", "6,216", "16.6"], tables[0].RowTexts(6));
        Assert.Equal(["Partner", "Exports", "Share"], tables[1].RowTexts(0));
        Assert.Equal(["Peru", "5,465", "25.5"], tables[1].RowTexts(5));
    }

    [Fact]
    public void A_list_in_halves_whose_right_half_starts_one_space_after_the_left_figures_keeps_six_columns()
    {
        // Columns as wide as their widest entries: each town of the right half starts 3 pt after the pupils of the
        // left half, closer than the words of one cell are allowed to be.
        var page = new SyntheticPage(1);
        string[] towns = ["Albany", "Bangor", "Carlow", "Dover", "Elgin", "Galway", "Hexham", "Kendal", "Ludlow", "Malton"];
        string[] pupils = ["6,480", "32,253", "1,062", "42,400", "78,690", "12,636", "81,231", "5,144", "44,287", "11,422"];
        page.Word("Town", 50, 100, Digit).Word("Town", 203, 100, Digit);
        Right(page, "Schools", 140, 100); Right(page, "Pupils", 200, 100);
        Right(page, "Schools", 293, 100); Right(page, "Pupils", 353, 100);
        for (var r = 0; r < 5; r++)
        {
            var y = 113 + 13 * r;
            page.Word(towns[r], 50, y, Digit).Word(towns[r + 5], 203, y, Digit);
            Right(page, $"{20 + r}", 140, y); Right(page, pupils[r], 200, y);
            Right(page, $"{30 + r}", 293, y); Right(page, pupils[r + 5], 353, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(6, table.ColumnCount);
        Assert.Equal(["Town", "Schools", "Pupils", "Town", "Schools", "Pupils"], table.RowTexts(0));
        Assert.Equal(["Carlow", "22", "1,062", "Kendal", "32", "5,144"], table.RowTexts(3));
    }
}

using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Tables set side by side, lists set in two halves, small tables whose rules are drawn only round them and
/// under their header, and a table set over both columns of running text (the dev7 set's classes).</summary>
public sealed class SideBySideTablesTests
{
    private static readonly string[] Cities = ["Bath", "Derby", "Leeds", "Hull", "York", "Perth", "Ayr", "Wick"];

    // Rows of "city, stations, passengers" from x, one every 13 pt from top (the header first).
    private static void ListHalf(SyntheticPage page, double x, double top, int from)
    {
        page.Word("City", x, top, Digit);
        Right(page, "Stations", x + 110, top);
        Right(page, "Passengers", x + 200, top);
        for (var i = 0; i < 4; i++)
        {
            var y = top + 13 * (i + 1);
            page.Word(Cities[from + i], x, y, Digit);
            Right(page, $"{12 + i}", x + 110, y);
            Right(page, $"{4 + i},{310 + i}", x + 200, y);
        }
    }

    [Fact]
    public void A_list_set_in_two_halves_inside_a_ruled_frame_is_read_from_its_rows()
    {
        // Rules across the top, under the header and at the bottom, one rule between the halves: the frame's two
        // "cells" hold four rows each.
        var page = new SyntheticPage(1);
        ListHalf(page, 50, 100, 0);
        ListHalf(page, 300, 100, 4);
        page.Horizontal(97, 45, 505).Horizontal(112, 45, 505).Horizontal(165, 45, 505).Vertical(275, 97, 165);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(6, table.ColumnCount);
        Assert.Equal(["Derby", "13", "5,311", "Perth", "13", "5,311"], table.RowTexts(2));
    }

    [Fact]
    public void A_small_table_ruled_round_and_under_its_header_keeps_its_rows()
    {
        // One column of labels, one of figures, rules round the table, under its header and between the columns.
        var page = new SyntheticPage(1).Word("Item", 50, 100, Digit);
        Right(page, "Amount", 200, 100);
        string[] items = ["Salaries", "Travel", "Training", "Equipment", "Rent"];
        for (var i = 0; i < items.Length; i++)
        {
            page.Word(items[i], 50, 113 + 13 * i, Digit);
            Right(page, $"{1 + i},{250 + i}.00", 200, 113 + 13 * i);
        }
        page.Horizontal(97, 45, 205).Horizontal(112, 45, 205).Horizontal(180, 45, 205)
            .Vertical(45, 97, 180).Vertical(140, 97, 180).Vertical(205, 97, 180);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(6, table.RowCount);
        Assert.Equal(["Training", "3,252.00"], table.RowTexts(3));
    }

    [Fact]
    public void Two_ruled_grids_that_touch_are_two_tables()
    {
        // The right grid shares the left one's right border but its rows are set lower: no rule crosses that border.
        var page = new SyntheticPage(1);
        double[] left = [50, 130, 200], right = [200, 280, 350];
        double[] leftRows = [100, 115, 130, 145, 160], rightRows = [108, 123, 138, 153, 168, 183];
        page.Grid(left, leftRows).Grid(right, rightRows);
        for (var r = 0; r < leftRows.Length - 1; r++) page.Word($"L{r}", 55, leftRows[r] + 3, Digit).Word($"{10 + r}", 135, leftRows[r] + 3, Digit);
        for (var r = 0; r < rightRows.Length - 1; r++) page.Word($"R{r}", 205, rightRows[r] + 3, Digit).Word($"{20 + r}", 285, rightRows[r] + 3, Digit);

        var tables = Lay(page.Build()).Tables.ToList();

        // The border they share runs down both, so each may keep an empty row beside the other's offset: the rows
        // that matter are the ones with text.
        Assert.Equal(2, tables.Count);
        var rows = tables.Select(t => Enumerable.Range(0, t.RowCount).Select(r => string.Join(" ", t.RowTexts(r))).Where(r => r.Trim().Length > 0).ToList()).ToList();
        Assert.Equal(["L0 10", "L1 11", "L2 12", "L3 13"], rows[0]);
        Assert.Equal(["R0 20", "R1 21", "R2 22", "R3 23", "R4 24"], rows[1]);
    }

    [Fact]
    public void Tables_side_by_side_with_rules_of_their_own_are_two_tables()
    {
        // Each table has a top rule, a rule under its header and a bottom rule, stopping short of the other table.
        var page = new SyntheticPage(1);
        ListHalf(page, 50, 100, 0);
        ListHalf(page, 300, 100, 4);
        foreach (var y in new double[] { 97, 112, 165 }) page.Horizontal(y, 45, 255).Horizontal(y, 295, 505);

        var tables = Lay(page.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.Equal(3, t.ColumnCount));
        Assert.Equal(["Hull", "15", "7,313"], tables[0].RowTexts(4));
        Assert.Equal(["Wick", "15", "7,313"], tables[1].RowTexts(4));
    }

    [Fact]
    public void A_table_over_both_columns_of_running_text_does_not_take_the_text_in_as_rows()
    {
        const string sentence = "the gains are largest on the smaller datasets where";
        var page = new SyntheticPage(1);
        for (var i = 0; i < 6; i++)
        {
            Prose(page, sentence, 50, 100 + 12 * i);
            Prose(page, sentence, 320, 100 + 12 * i);
        }
        var top = 100 + 12 * 6 + 6;
        page.Word("Method", 50, top, Digit).Word("News", 250, top, Digit).Word("Forms", 350, top, Digit).Word("Papers", 450, top, Digit);
        string[] methods = ["Baseline", "BiLSTM", "LayoutLM", "Ours"];
        for (var i = 0; i < methods.Length; i++)
        {
            var y = top + 13 * (i + 1);
            page.Word(methods[i], 50, y, Digit);
            Right(page, $"{61 + i}.5", 280, y);
            Right(page, $"{70 + i}.1", 380, y);
            Right(page, $"{80 + i}.9", 480, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["LayoutLM", "63.5", "72.1", "82.9"], table.RowTexts(3));
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("datasets"));
    }
}

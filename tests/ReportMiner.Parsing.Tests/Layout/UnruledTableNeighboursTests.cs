using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>What sits beside, before and above the cells of a borderless table: running text in the next column of
/// the page, leader dots after the row labels, group labels centred over the columns they group.</summary>
public sealed class UnruledTableNeighboursTests
{
    private const string Sentence = "we report the mean over five runs of each model";

    private static SyntheticPage TableInLeftColumn(SyntheticPage page, double top)
    {
        page.Word("Dataset", 50, top, Digit).Word("Train", 170, top, Digit).Word("Test", 230, top, Digit);
        string[] names = ["SST-2", "MNLI", "QQP", "RTE", "CoLA"];
        for (var i = 0; i < names.Length; i++)
        {
            var y = top + 13 * (i + 1);
            page.Word(names[i], 50, y, Digit);
            Right(page, $"{61 + i},{200 + i}", 200, y);
            Right(page, $"{3 + i},{100 + i}", 260, y);
        }
        return page;
    }

    [Fact]
    public void A_column_of_running_text_beside_a_table_does_not_become_a_column_of_the_table()
    {
        var page = TableInLeftColumn(new SyntheticPage(1), 200);
        for (var i = 0; i < 30; i++) Prose(page, Sentence, 320, 100 + 13 * i); // the page's right column, 100 to 477

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(6, table.RowCount);
        Assert.Equal(["MNLI", "62,201", "4,101"], table.RowTexts(2));
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("five runs"));
    }

    [Fact]
    public void A_remarks_column_that_ends_with_the_table_stays_a_column_of_it()
    {
        // Remarks of running text in the last column: they start and end with the table's rows.
        var page = new SyntheticPage(1).Word("Region", 50, 100, Digit).Word("Calls", 170, 100, Digit).Word("Remarks", 320, 100, Digit);
        string[] regions = ["London", "Wales", "Scotland", "Yorkshire", "Midlands", "Cornwall", "Kent", "Essex", "Devon"];
        for (var i = 0; i < regions.Length; i++)
        {
            var y = 113 + 13 * i;
            page.Word(regions[i], 50, y, Digit);
            Right(page, $"{41 + i},{100 + 7 * i}", 200, y);
            Prose(page, Sentence, 320, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Wales", "42,107", Sentence], table.RowTexts(2));
    }

    [Fact]
    public void Leader_dots_after_a_row_label_are_not_part_of_the_label()
    {
        var page = Right(Right(new SyntheticPage(1), "2021", 340, 86), "2022", 420, 86);
        string[] labels = ["Personal current taxes", "Taxes on imports", "Subsidies", "Interest payments"];
        for (var i = 0; i < labels.Length; i++)
        {
            var y = 100 + 14 * i;
            page.Word(labels[i], 50, y, Digit);
            var x = 50 + labels[i].Length * Digit + 4;
            while (x < 290) { page.Word(".", x, y, 2); x += 5; } // spaced dots: one word each
            Right(page, $"{1 + i},{100 + i}.{i}", 340, y);
            Right(page, $"{2 + i},{300 + i}.{i}", 420, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Taxes on imports", "2,101.1", "3,301.1"], table.RowTexts(2));
        Assert.Equal(["Interest payments", "4,103.3", "5,303.3"], table.RowTexts(4));
    }

    [Fact]
    public void A_group_label_with_a_rule_under_it_spans_the_columns_the_rule_covers()
    {
        // "CoNLL" centred over P R F1 with a rule under the three, as booktabs' \cmidrule draws it.
        var page = new SyntheticPage(1).Word("Method", 50, 100, Digit);
        double[] ends = [200, 250, 300, 380, 430, 480];
        page.Word("CoNLL", (160 + 300 - 5 * Digit) / 2, 86, Digit).Horizontal(97, 162, 300);
        page.Word("Weibo", (340 + 480 - 5 * Digit) / 2, 86, Digit).Horizontal(97, 342, 480);
        for (var c = 0; c < 6; c++) Right(page, new[] { "P", "R", "F1" }[c % 3], ends[c], 100);
        for (var r = 0; r < 4; r++)
        {
            var y = 114 + 13 * r;
            page.Word($"Model-{r}", 50, y, Digit);
            for (var c = 0; c < 6; c++) Right(page, $"{70 + r}.{c}{r}", ends[c], y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(7, table.ColumnCount);
        var conll = Assert.Single(table.Cells, c => c.Text == "CoNLL");
        Assert.Equal((1, 3), (conll.Column, conll.ColumnSpan));
        var weibo = Assert.Single(table.Cells, c => c.Text == "Weibo");
        Assert.Equal((4, 3), (weibo.Column, weibo.ColumnSpan));
        Assert.Equal(["Model-1", "71.01", "71.11", "71.21", "71.31", "71.41", "71.51"], table.RowTexts(3));
    }

    [Fact]
    public void A_group_label_centred_over_two_year_columns_spans_both()
    {
        var page = new SyntheticPage(1).Word("Partner", 50, 100, Digit);
        double[] ends = [200, 260, 330, 390];
        // Each centred over its two columns' figures (176–260 and 306–390).
        page.Word("Exports", (176 + 260 - 7 * Digit) / 2, 86, Digit).Word("Imports", (306 + 390 - 7 * Digit) / 2, 86, Digit);
        for (var c = 0; c < 4; c++) Right(page, c % 2 == 0 ? "2022" : "2023", ends[c], 100);
        for (var r = 0; r < 4; r++)
        {
            var y = 114 + 13 * r;
            page.Word($"Country {r}", 50, y, Digit);
            for (var c = 0; c < 4; c++) Right(page, $"{r + 1},{c}{r}0", ends[c], y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["", "Exports", "Exports", "Imports", "Imports"], table.RowTexts(0));
    }
}

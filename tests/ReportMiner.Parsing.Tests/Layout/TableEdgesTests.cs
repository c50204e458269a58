using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Where a borderless table begins and ends: a caption set above its top rule, a sidebar of prose set on
/// baselines of its own beside it, and a table on the next page under a caption of its own.</summary>
public sealed class TableEdgesTests
{
    // A yearbook table: a numbered caption with a wide gap after its number, a unit line, then a top rule, the
    // header, a head rule, the rows and a bottom rule.
    private static SyntheticPage YearbookTable(SyntheticPage page, string number, string title, string[] head, string[] labels)
    {
        page.Word(number, 200, 60, Digit).Word(title, 240, 60, Digit);
        Right(page, "Unit: million", 480, 76);
        page.Horizontal(90, 50, 480);
        page.Word(head[0], 50, 95, Digit);
        for (var c = 1; c < head.Length; c++) Right(page, head[c], 480 - 80 * (head.Length - 1 - c), 95);
        page.Horizontal(108, 50, 480);
        for (var r = 0; r < labels.Length; r++)
        {
            var y = 112 + 14 * r;
            page.Word(labels[r], 50, y, Digit);
            for (var c = 1; c < head.Length; c++) Right(page, $"{r + 1}{c},{100 + 7 * r + c}", 480 - 80 * (head.Length - 1 - c), y);
        }
        return page.Horizontal(112 + 14 * labels.Length, 50, 480);
    }

    [Fact]
    public void A_caption_and_a_unit_line_above_the_top_rule_are_not_rows_of_the_table()
    {
        var page = YearbookTable(new SyntheticPage(1), "1-1", "Main-indicators", ["Indicator", "2022", "2023"],
            ["Output", "Revenue", "Spending", "Investment", "Exports"]);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(["Indicator", "2022", "2023"], table.RowTexts(0));
        Assert.Equal(["Revenue", "21,108", "22,109"], table.RowTexts(2));
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("Main-indicators") || c.Text.Contains("Unit"));
    }

    [Fact]
    public void A_table_under_its_own_caption_on_the_next_page_is_not_joined_to_the_table_before()
    {
        var first = YearbookTable(new SyntheticPage(1), "1-1", "Main-indicators", ["Indicator", "2022", "2023"],
            ["Output", "Revenue", "Spending", "Investment", "Exports"]);
        var second = YearbookTable(new SyntheticPage(2), "2-3", "Population", ["County", "Total", "Urban", "Rural"],
            ["North", "South", "East", "West"]);

        var tables = Lay(first.Build(), second.Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["County", "Total", "Urban", "Rural"], tables[1].RowTexts(0));
    }

    [Fact]
    public void A_sidebar_of_prose_on_baselines_of_its_own_does_not_become_a_column_of_the_table()
    {
        var page = new SyntheticPage(1);
        for (var i = 0; i < 26; i++) Prose(page, "growth held up in every region this year", 330, 80 + 11 * i); // 80 to 355
        string[] labels = ["Metric", "Customers", "Stores", "Churn", "Employees", "Outlets", "Sites", "Vans"];
        for (var r = 0; r < labels.Length; r++)
        {
            var y = 120 + 14 * r;
            page.Word(labels[r], 50, y, Digit);
            Right(page, r == 0 ? "FY25" : $"{r}4.{r}", 220, y);
            Right(page, r == 0 ? "FY24" : $"{r}7.{r}", 290, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Customers", "14.1", "17.1"], table.RowTexts(1));
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("region"));
    }
}

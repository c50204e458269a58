using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Shapes of borderless tables that statistical and financial publications print.</summary>
public sealed class UnruledTableShapesTests
{
    private const double Digit = 6;

    // Places a number so that it ends at x (a right-aligned column).
    private static SyntheticPage Right(SyntheticPage page, string text, double x, double y) =>
        page.Word(text, x - text.Length * Digit, y, Digit);

    [Fact]
    public void Rows_printed_two_text_heights_apart_are_still_one_table()
    {
        var page = new SyntheticPage(1).Word("Region", 50, 100, Digit).Word("Calls", 170, 100, Digit).Word("Share", 230, 100, Digit);
        string[] regions = ["London", "Wales", "Scotland", "Yorkshire", "Midlands"];
        for (var i = 0; i < regions.Length; i++)
        {
            var y = 130 + 30 * i; // a 20 pt gap between 10 pt rows
            page.Word(regions[i], 50, y, Digit);
            Right(page, $"{41 + i},{100 + 7 * i}", 200, y);
            Right(page, $"{10 + i}.5", 260, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(6, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Scotland", "43,114", "12.5"], table.RowTexts(3));
    }

    [Fact]
    public void Row_labels_indented_under_a_group_label_stay_in_the_label_column()
    {
        var page = Right(Right(new SyntheticPage(1), "2023", 340, 86), "2022", 440, 86);
        (string Label, bool Indented)[] rows =
            [("Continuing operations", false), ("Revenue", true), ("Cost of sales", true), ("Gross profit", true),
             ("Discontinued operations", false), ("Other income", true), ("Income tax", true)];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + 14 * i;
            page.Word(rows[i].Label, rows[i].Indented ? 68 : 50, y, Digit);
            if (!rows[i].Indented) continue;
            Right(page, $"{120 + i},{300 + i}", 340, y);
            Right(page, $"({90 + i},{200 + i})", 440, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["", "2023", "2022"], table.RowTexts(0));
        Assert.Equal(["Continuing operations", "", ""], table.RowTexts(1));
        Assert.Equal(["Cost of sales", "122,302", "(92,202)"], table.RowTexts(3));
        Assert.Equal(["Other income", "125,305", "(95,205)"], table.RowTexts(6));
    }

    [Fact]
    public void A_sparse_column_with_two_values_keeps_its_left_aligned_header()
    {
        // Headers start at their cells' left edges; the numbers below end at the cells' right edges.
        var page = new SyntheticPage(1)
            .Word("单位", 50, 100).Word("一季度", 160, 100).Word("二季度", 220, 100).Word("三季度", 280, 100);
        string?[][] rows = [["丰台区", null, "875", "361"], ["西城区", null, null, "298"], ["大兴区", "295", "612", null],
                            ["昌平区", null, "260", "882"], ["通州区", "713", null, "340"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 114 + 14 * i;
            page.Word(rows[i][0]!, 50, y);
            for (var c = 1; c < 4; c++)
                if (rows[i][c] is { } n) Right(page, n, 150 + 60 * c, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["单位", "一季度", "二季度", "三季度"], table.RowTexts(0));
        Assert.Equal(["大兴区", "295", "612", ""], table.RowTexts(3));
        Assert.Equal(["通州区", "713", "", "340"], table.RowTexts(5));
    }

    [Fact]
    public void The_first_row_under_a_header_is_its_own_row_even_when_it_fills_few_columns()
    {
        var page = new SyntheticPage(1)
            .Word("Unit", 50, 100, Digit).Word("Q1", 190, 100, Digit).Word("Q2", 250, 100, Digit).Word("Q3", 310, 100, Digit)
            .Word("Remarks", 340, 100, Digit);
        string?[][] rows = [["North East", null, null, "292", null], ["South West", "518", "113", "190", "new"],
                            ["Yorkshire", "108", "367", "223", "new"], ["London", "97", null, "513", null]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 113 + 13 * i; // a 3 pt gap: rows as close as the lines of a wrapped cell
            page.Word(rows[i][0]!, 50, y, Digit);
            for (var c = 1; c < 4; c++)
                if (rows[i][c] is { } n) Right(page, n, 202 + 60 * (c - 1), y);
            if (rows[i][4] is { } note) page.Word(note, 340, y, Digit);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Unit", "Q1", "Q2", "Q3", "Remarks"], table.RowTexts(0));
        Assert.Equal(["North East", "", "", "292", ""], table.RowTexts(1));
    }

    [Fact]
    public void A_header_wrapped_over_two_lines_above_right_aligned_numbers_names_the_numbers_columns()
    {
        // Each header is left-aligned in its cell and wraps after "（万"; the numbers below end at the cells' right
        // edges, so every header starts left of its numbers, where the column before ends.
        double[] starts = [112, 201, 290, 379];
        double[] ends = [197, 286, 375, 437];
        string[] first = ["年初预算数（万", "全年预算数（万", "全年执行数（万", "预算执行率"];
        string[] second = ["元）", "元）", "元）", "（%）"];
        var page = new SyntheticPage(1).Word("指标名称", 59, 107);
        for (var c = 0; c < 4; c++) page.Word(first[c], starts[c], 100, 10).Word(second[c], starts[c], 114, 10);
        string[] names = ["项目支出", "公用经费", "人员经费", "培训费"];
        for (var r = 0; r < names.Length; r++)
        {
            var y = 134 + 20 * r;
            page.Word(names[r], 59, y);
            for (var c = 0; c < 4; c++) Right(page, c < 3 ? $"{r + 1},{c + 100}.{r}{c}" : $"{80 + r}.{c}5", ends[c], y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["指标名称", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率（%）"], table.RowTexts(0));
        Assert.Equal(["人员经费", "3,100.20", "3,101.21", "3,102.22", "82.35"], table.RowTexts(3));
    }

    [Fact]
    public void A_row_label_wrapped_beside_right_aligned_numbers_centred_on_it_stays_one_row()
    {
        // The label cell is narrower than the gap to the numbers, so its first line never reaches the column edge.
        var page = new SyntheticPage(1).Word("项目", 59, 100).Word("预算数", 170, 100).Word("执行数", 260, 100);
        string[] names = ["人员经费", "公用经费", "热线运营", "培训费"];
        var y = 120.0;
        foreach (var name in names)
        {
            var wraps = name == "热线运营";
            page.Word(name, 59, y);
            Right(Right(page, "1,234.50", 200, wraps ? y + 7 : y), "987.25", 290, wraps ? y + 7 : y);
            if (wraps) page.Word("费", 59, y + 14);
            y += wraps ? 34 : 20;
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["热线运营费", "1,234.50", "987.25"], table.RowTexts(3));
        Assert.Equal(["培训费", "1,234.50", "987.25"], table.RowTexts(4));
    }

    [Fact]
    public void Equal_short_remarks_in_successive_rows_of_the_last_column_stay_two_remarks()
    {
        var page = new SyntheticPage(1).Word("单位", 50, 100).Word("件数", 170, 100).Word("备注", 230, 100);
        string[] units = ["丰台区", "西城区", "大兴区", "昌平区", "通州区"];
        for (var r = 0; r < units.Length; r++)
        {
            var y = 114 + 13 * r;
            Right(page.Word(units[r], 50, y), $"{300 + r}", 200, y);
            if (r is 1 or 2) page.Word("新增", 230, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["西城区", "301", "新增"], table.RowTexts(2));
        Assert.Equal(["大兴区", "302", "新增"], table.RowTexts(3));
    }

    [Fact]
    public void A_year_over_narrow_number_and_share_columns_with_a_rule_under_it_is_a_header_row_of_its_own()
    {
        // "2016" is centred over its two columns and its right edge happens to line up with "Number" below it,
        // as if "Number" went on a wrapped "2016"; the rule drawn under each year says it does not.
        var page = new SyntheticPage(1).Word("Area", 50, 86, Digit);
        for (var g = 0; g < 3; g++)
        {
            double right = 230 + 115 * g;
            page.Word($"{2016 + g}", right - 22, 86, Digit).Horizontal(97, right - 60, right + 45);
            page.Word("Number", right - 36, 98, Digit).Word("Share (%)", right + 6, 98, 4.4);
        }
        string[] areas = ["Libraries", "Planning", "Licensing", "Waste", "Total"];
        for (var r = 0; r < areas.Length; r++)
        {
            var y = 112 + 12 * r;
            page.Word(areas[r], 50, y, Digit);
            for (var g = 0; g < 3; g++)
            {
                Right(page, $"{40 + r},{100 + g}", 230 + 115 * g, y);
                Right(page, $"{r + 1}.{g}", 275 + 115 * g, y);
            }
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(7, table.ColumnCount);
        Assert.Equal("2016", table.RowTexts(0)[1]);
        Assert.Equal(["", "Number", "Share (%)", "Number", "Share (%)", "Number", "Share (%)"], table.RowTexts(1));
        Assert.Equal(["Planning", "41,100", "2.0", "41,101", "2.1", "41,102", "2.2"], table.RowTexts(3));
    }

    [Fact]
    public void Indented_labels_merge_into_the_label_column_when_a_header_reaches_back_into_it()
    {
        // "Note" is centred over its narrow column and starts inside the wide label column before it.
        var page = Right(Right(new SyntheticPage(1).Word("Note", 236, 86, Digit), "2023", 340, 86), "2022", 440, 86);
        (string Label, bool Indented)[] rows =
            [("Non-current assets", false), ("Intangible assets", true), ("Deferred tax", true), ("Equipment", true),
             ("Current assets", false), ("Inventories", true), ("Receivables", true)];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + 14 * i;
            page.Word(rows[i].Label, rows[i].Indented ? 68 : 50, y, Digit);
            if (!rows[i].Indented) continue;
            if (i % 2 == 0) Right(page, $"{10 + i}", 266, y);
            Right(page, $"{120 + i},{300 + i}", 340, y);
            Right(page, $"({90 + i},{200 + i})", 440, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["", "Note", "2023", "2022"], table.RowTexts(0));
        Assert.Equal(["Non-current assets", "", "", ""], table.RowTexts(1));
        Assert.Equal(["Deferred tax", "12", "122,302", "(92,202)"], table.RowTexts(3));
        Assert.Equal(["Receivables", "16", "126,306", "(96,206)"], table.RowTexts(7));
    }
}

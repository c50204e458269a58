using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless tables whose cells wrap in every column, whose figures are centred in their columns (scientific
/// papers' regression tables), and whose first column is set at the top of rows of several lines (bank statements).
/// </summary>
public sealed class UnruledTableWrapAndCentreTests
{
    // Five points a letter: a cell's two lines, 11 pt apart; rows 36 pt apart.
    private static SyntheticPage Cell(SyntheticPage page, string[] lines, double x, double y)
    {
        for (var i = 0; i < lines.Length; i++) page.Word(lines[i], x, y + 11 * i, 5);
        return page;
    }

    [Fact]
    public void Cells_wrapped_in_every_column_short_of_the_column_edge_stay_one_row()
    {
        var page = new SyntheticPage(1, width: 800);
        double[] xs = [50, 220, 400, 560];
        string[] head = ["Measure", "Objective", "Lead body", "Timetable"];
        for (var c = 0; c < head.Length; c++) page.Word(head[c], xs[c], 100, 5);
        string[][][] rows =
        [
            [["Extend free school meals", "to all primary pupils"], ["Reduce food insecurity", "among low-income families"],
             ["Department for Education", "and local authorities"], ["September 2025", "onwards"]],
            [["Upgrade rural broadband", "to gigabit speeds"], ["Close the connectivity gap", "for remote households"],
             ["Digital infrastructure", "agency"], ["Phased over", "three years"]],
            [["Retrofit social housing", "with heat pumps"], ["Cut emissions and household", "energy bills"],
             ["Housing associations", "with the regulator"], ["2025 to 2028"]],
            [["Expand apprenticeship", "grants for small firms"], ["Raise take-up of technical", "training"],
             ["Skills council"], ["From April 2025"]],
        ];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < xs.Length; c++) Cell(page, rows[r][c], xs[c], 124 + 36 * r);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Upgrade rural broadband to gigabit speeds", "Close the connectivity gap for remote households",
                      "Digital infrastructure agency", "Phased over three years"], table.RowTexts(2));
        Assert.Equal(["Expand apprenticeship grants for small firms", "Raise take-up of technical training", "Skills council",
                      "From April 2025"], table.RowTexts(4));
    }

    // A figure centred on x, six points a character.
    private static SyntheticPage Centred(SyntheticPage page, string text, double x, double y) =>
        page.Word(text, x - text.Length * Digit / 2, y, Digit);

    [Fact]
    public void Centred_coefficients_with_stars_keep_one_column_per_model_and_labels_stay_on_their_rows()
    {
        var page = Centred(Centred(new SyntheticPage(1), "(1)", 260, 100), "(2)", 380, 100);
        (string Label, string A, string B)[] rows =
        [
            ("Log income", "-1.304***", "-1.715"), ("Age", "-0.023", "-1.922***"), ("Age squared", "1.288**", "0.833"),
            ("Household size", "0.705", "-0.703***"), ("Homeowner", "-0.274***", "1.166"), ("Urban", "-0.623***", "-1.208***"),
        ];
        var y = 116.0;
        foreach (var (label, a, b) in rows)
        {
            Centred(Centred(page.Word(label, 50, y, Digit), a, 260, y), b, 380, y);
            Centred(Centred(page, $"(0.{y:000})", 260, y + 12), $"(1.{y:000})", 380, y + 12);
            y += 24;
        }
        Centred(Centred(page.Word("Observations", 50, y, Digit), "11,872", 260, y), "9,312", 380, y);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["", "(1)", "(2)"], table.RowTexts(0));
        Assert.Equal(["Log income", "-1.304***", "-1.715"], table.RowTexts(1));
        Assert.Equal(["Age", "-0.023", "-1.922***"], table.RowTexts(3));
        Assert.Equal(["", "(0.140)", "(1.140)"], table.RowTexts(4));
    }

    [Fact]
    public void A_date_level_with_the_first_line_of_a_wrapped_description_stays_in_its_row()
    {
        var page = new SyntheticPage(1).Word("Date", 50, 100, 5).Word("Description", 110, 100, 5);
        Right(Right(page, "Paid out", 330, 100), "Balance", 430, 100);
        page.Word("Balance brought forward", 110, 117, 5);
        Right(page, "1,017.38", 430, 117);
        (string Date, string[] Description, string Out, string Balance)[] rows =
        [
            ("01 Mar", ["STANDING ORDER SAVINGS", "20-44-18 MONTHLY"], "484.96", "532.42"),
            ("01 Mar", ["DIRECT DEBIT ELECTRICITY", "ACCOUNT 44817"], "583.01", "-50.59"),
            ("02 Mar", ["CASH WITHDRAWAL"], "415.54", "-466.13"),
            ("02 Mar", ["CARD PAYMENT TO SUPERMARKET", "LTD ON 03 MAR"], "128.49", "-594.62"),
            ("03 Mar", ["CONTACTLESS PAYMENT"], "273.33", "-867.95"),
        ];
        var y = 134.0;
        foreach (var (date, description, paid, balance) in rows)
        {
            Cell(page.Word(date, 50, y, 5), description, 110, y);
            Right(Right(page, paid, 330, y), balance, 430, y);
            y += 11 * description.Length + 6;
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["", "Balance brought forward", "", "1,017.38"], table.RowTexts(1));
        Assert.Equal(["01 Mar", "STANDING ORDER SAVINGS 20-44-18 MONTHLY", "484.96", "532.42"], table.RowTexts(2));
        Assert.Equal(["02 Mar", "CARD PAYMENT TO SUPERMARKET LTD ON 03 MAR", "128.49", "-594.62"], table.RowTexts(5));
    }
}
